/**
 * The one source of "now" for rules that depend on time (publicity periods, lockouts, idle sessions,
 * certificate expiry). Tests shift it instead of sleeping.
 */
let offsetMs = 0;

export const clock = {
  now(): Date {
    return new Date(Date.now() + offsetMs);
  },
  /** Today's calendar date (China Standard Time) as YYYY-MM-DD. */
  today(): string {
    return new Date(Date.now() + offsetMs + 8 * 3600_000).toISOString().slice(0, 10);
  },
  advance(ms: number): void {
    offsetMs += ms;
  },
  reset(): void {
    offsetMs = 0;
  },
};
