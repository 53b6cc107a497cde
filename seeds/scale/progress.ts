/** A plain progress line per part on stderr: label, count of total, percent, seconds. */
export class Progress {
  private value = 0;
  private readonly started = Date.now();
  private last = 0;

  constructor(
    private readonly label: string,
    private total: number,
  ) {
    this.draw(true);
  }

  increment(n: number): void {
    this.value += n;
    this.draw(this.value >= this.total);
  }

  setTotal(total: number): void {
    this.total = total;
  }

  done(): void {
    this.value = Math.max(this.value, this.total);
    this.draw(true);
    process.stderr.write('\n');
  }

  private draw(force: boolean): void {
    const now = Date.now();
    if (!force && now - this.last < 250) return;
    this.last = now;
    const pct = this.total ? Math.min(100, (100 * this.value) / this.total) : 100;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    process.stderr.write(
      `\r ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${pct.toFixed(0).padStart(3)}% ${this.label} ${this.value.toLocaleString('en')}/${this.total.toLocaleString('en')} ${((now - this.started) / 1000).toFixed(0)}s   `,
    );
  }
}
