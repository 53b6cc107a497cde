import { clock } from './clock';

/*
 * Check characters of the two national identifiers the domain uses. Address parts are not checked
 * against current region codes on purpose: an ID issued under a since-renamed county stays valid.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export interface IdNumberFacts {
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
}

/** Oldest age a registered resident can have: a birth date further back is a typing error, not a person. */
export const MAX_AGE_YEARS = 120;

/**
 * GB 11643 citizen ID number: returns the derived facts, or a reason it is invalid. The birth date
 * it encodes must be a real date, not after `today` and at most 120 years before it.
 */
export function checkIdNumber(
  raw: string,
  today: string = clock.today(),
): { ok: true; value: string; facts: IdNumberFacts } | { ok: false; rule: string; message: string } {
  const value = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(value))
    return { ok: false, rule: 'format', message: '公民身份号码须为18位，前17位为数字，末位为数字或X (must be 17 digits and a digit or X)' };
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(value[i]), 0);
  if (ID_CHECK[sum % 11] !== value[17])
    return {
      ok: false,
      rule: 'checksum',
      message: `公民身份号码校验位错误，应为 ${ID_CHECK[sum % 11]} (GB 11643 check character mismatch)`,
    };
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1880 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, rule: 'birthDate', message: '公民身份号码中的出生日期无效 (the birth date part is not a real date)' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today)
    return { ok: false, rule: 'birthDate', message: `公民身份号码中的出生日期 ${birthDate} 晚于今天 (the birth date lies in the future)` };
  if (birthDate < `${String(Number(today.slice(0, 4)) - MAX_AGE_YEARS).padStart(4, '0')}${today.slice(4)}`) {
    return {
      ok: false,
      rule: 'birthDate',
      message: `公民身份号码中的出生日期 ${birthDate} 早于 ${MAX_AGE_YEARS} 年前 (the birth date is more than ${MAX_AGE_YEARS} years ago)`,
    };
  }
  return {
    ok: true,
    value,
    facts: { gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE', birthDate },
  };
}

/** Builds a valid ID number from its first 17 characters (for seeds and tests). */
export function completeIdNumber(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + ID_CHECK[sum % 11];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100 unified social credit code (统一社会信用代码). */
export function checkCreditCode(raw: string): { ok: true; value: string } | { ok: false; rule: string; message: string } {
  const value = raw.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(value)) {
    return {
      ok: false,
      rule: 'format',
      message: '统一社会信用代码须为18位，由数字和不含I、O、S、V、Z的大写字母组成 (must be 18 characters of GB 32100)',
    };
  }
  // Eighteen zeros (or any one character repeated) passes the checksum but is a placeholder, not a code.
  if (/^(.)\1{17}$/.test(value))
    return {
      ok: false,
      rule: 'placeholder',
      message: '统一社会信用代码不能由同一个字符重复组成 (a code of one repeated character is a placeholder, not a registration)',
    };
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(value[i]), 0);
  const expected = USCC_CHARS[(31 - (sum % 31)) % 31];
  if (expected !== value[17])
    return { ok: false, rule: 'checksum', message: `统一社会信用代码校验位错误，应为 ${expected} (GB 32100 check character mismatch)` };
  return { ok: true, value };
}

/** Builds a valid credit code from its first 17 characters (for seeds and tests). */
export function completeCreditCode(first17: string): string {
  const sum = USCC_WEIGHTS.reduce((acc, w, i) => acc + w * USCC_CHARS.indexOf(first17[i]), 0);
  return first17 + USCC_CHARS[(31 - (sum % 31)) % 31];
}

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
