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

/* Calendar dates are YYYY-MM-DD strings (China dates, as `clock.today()` gives them); arithmetic on them is UTC-based so no time zone shifts a day. */

/** `date` plus `days` calendar days (negative: before). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `date` plus `months` calendar months, the day kept or, in a shorter month, its last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
