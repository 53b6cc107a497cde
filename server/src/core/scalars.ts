import { GraphQLScalarType, Kind } from 'graphql';
import { BigIntType } from '@mikro-orm/core';

/**
 * Money travels as a decimal string of yuan ("1234.50") and lives in the database as whole fen,
 * so no amount ever passes through binary floating point.
 */
export const MONEY_PATTERN = /^-?\d{1,13}(\.\d{1,2})?$/;

export function parseMoneyToFen(input: unknown): number {
  const text = typeof input === 'number' ? String(input) : typeof input === 'string' ? input.trim() : '';
  if (!MONEY_PATTERN.test(text)) {
    throw new TypeError(
      `金额须为以元计、至多两位小数的数字，如 "1234.50" (Money must be yuan with at most two decimals, e.g. "1234.50"; got ${JSON.stringify(input)?.slice(0, 40)})`,
    );
  }
  const negative = text.startsWith('-');
  const [whole, frac = ''] = text.replace('-', '').split('.');
  const fen = Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return negative ? -fen : fen;
}

export function formatFen(fen: number | string | bigint): string {
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const text = `${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
  return negative ? `-${text}` : text;
}

export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: 'Exact amount in yuan (元) with two decimals, sent and returned as a string such as "1234.50". Stored as whole fen.',
  serialize: (value) => formatFen(value as number),
  parseValue: (value) => parseMoneyToFen(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.FLOAT || ast.kind === Kind.INT) return parseMoneyToFen(ast.value);
    throw new TypeError('金额须为字符串，如 "1234.50" (Money must be a string such as "1234.50")');
  },
});

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Calendar dates the domain can mean: a birth in the 1880s up to a plan two centuries ahead; year 0000 or 9999 is a typing error. */
const MIN_YEAR = 1880;
const MAX_YEAR = 2199;

export function isValidLocalDate(text: string): boolean {
  const m = LOCAL_DATE.exec(text);
  if (!m || Number(m[1]) < MIN_YEAR || Number(m[1]) > MAX_YEAR) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidLocalDate(value)) {
    throw new TypeError(
      `日期须为真实存在的日历日期 YYYY-MM-DD，年份在 ${MIN_YEAR}–${MAX_YEAR} 之间 (Date must be a real calendar date YYYY-MM-DD in the years ${MIN_YEAR}–${MAX_YEAR}; got ${JSON.stringify(value)?.slice(0, 40)})`,
    );
  }
  return value;
}

/** Calendar dates (no time, no zone) are stored as ISO strings, which sort and compare correctly as text. */
export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date without time zone, YYYY-MM-DD (日期).',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new TypeError('日期须为字符串 YYYY-MM-DD (Date must be a string YYYY-MM-DD)');
    return parseLocalDate(ast.value);
  },
});

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const YearMonthScalar = new GraphQLScalarType({
  name: 'YearMonth',
  description: 'A calendar month, YYYY-MM (月份).',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || !YEAR_MONTH.test(value))
      throw new TypeError(`月份须为 YYYY-MM (Month must be YYYY-MM; got ${JSON.stringify(value)?.slice(0, 40)})`);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !YEAR_MONTH.test(ast.value))
      throw new TypeError('月份须为字符串 YYYY-MM (Month must be a string YYYY-MM)');
    return ast.value;
  },
});

/** Column type for money: 64-bit whole fen, returned to JS as a number (safe up to 90 trillion yuan). */
export const fenColumn = () => new BigIntType('number');
