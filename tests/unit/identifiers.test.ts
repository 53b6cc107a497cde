import { checkCreditCode, checkIdNumber, completeCreditCode, completeIdNumber, ageOn } from '../../server/src/core/identifiers';
import { formatFen, parseMoneyToFen } from '../../server/src/core/scalars';
import { maskIdNumber, maskPhone, encryptField, decryptField, lookupHash } from '../../server/src/core/crypto';

describe('GB 11643 citizen ID numbers', () => {
  // The standard's examples, checked as of a day their holders were alive.
  it.each(['11010519491231002X', '440524188001010014'])('accepts the documented valid example %s', (id) => {
    expect(checkIdNumber(id, '1990-01-01').ok).toBe(true);
  });

  it('derives gender and birth date', () => {
    const r = checkIdNumber('11010519491231002X', '1990-01-01');
    expect(r).toMatchObject({ ok: true, facts: { gender: 'FEMALE', birthDate: '1949-12-31' } });
    const m = checkIdNumber('440524188001010014', '1990-01-01');
    expect(m).toMatchObject({ ok: true, facts: { gender: 'MALE', birthDate: '1880-01-01' } });
  });

  it('refuses a birth date after today or more than 120 years before it', () => {
    expect(checkIdNumber(completeIdNumber('62042230000101001'), '2026-06-01')).toMatchObject({ ok: false, rule: 'birthDate' });
    expect(checkIdNumber(completeIdNumber('62042220260602001'), '2026-06-01')).toMatchObject({ ok: false, rule: 'birthDate' });
    expect(checkIdNumber(completeIdNumber('62042220260601001'), '2026-06-01').ok).toBe(true);
    expect(checkIdNumber(completeIdNumber('62042219060601001'), '2026-06-01').ok).toBe(true);
    expect(checkIdNumber(completeIdNumber('62042219060531001'), '2026-06-01')).toMatchObject({ ok: false, rule: 'birthDate' });
    expect(checkIdNumber('440524188001010014', '2026-06-01')).toMatchObject({ ok: false, rule: 'birthDate' });
  });

  it('refuses a wrong check character, naming the expected one', () => {
    const r = checkIdNumber('110105194912310021');
    expect(r).toMatchObject({ ok: false, rule: 'checksum' });
    expect((r as { message: string }).message).toContain('X');
  });

  it('refuses bad formats and impossible dates', () => {
    expect(checkIdNumber('12345')).toMatchObject({ ok: false, rule: 'format' });
    expect(checkIdNumber(completeIdNumber('62042219900230001'))).toMatchObject({ ok: false, rule: 'birthDate' });
  });

  it('does not check the address part against current codes', () => {
    // 999999 is no region, but an old card stays valid.
    expect(checkIdNumber(completeIdNumber('99999919800101001')).ok).toBe(true);
  });

  it('computes whole years of age', () => {
    expect(ageOn('1960-06-30', '2026-06-29')).toBe(65);
    expect(ageOn('1960-06-30', '2026-06-30')).toBe(66);
  });
});

describe('GB 32100 unified social credit codes', () => {
  it('accepts a valid code and refuses a wrong check character', () => {
    expect(checkCreditCode('91350100M000100Y43').ok).toBe(true);
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, rule: 'checksum' });
    expect(checkCreditCode('91350100M000100I43')).toMatchObject({ ok: false, rule: 'format' });
    expect(checkCreditCode(completeCreditCode('91620422000000123')).ok).toBe(true);
  });

  it('refuses a code of one repeated character although its check character fits', () => {
    expect(completeCreditCode('0'.repeat(17))).toBe('0'.repeat(18));
    expect(checkCreditCode('0'.repeat(18))).toMatchObject({ ok: false, rule: 'placeholder' });
  });
});

describe('money is exact', () => {
  it('parses yuan strings to whole fen without floating point', () => {
    expect(parseMoneyToFen('0.1')).toBe(10);
    expect(parseMoneyToFen('1234.56')).toBe(123456);
    expect(parseMoneyToFen('8676000000.00')).toBe(867600000000);
    expect(parseMoneyToFen('-0.05')).toBe(-5);
    expect(() => parseMoneyToFen('1.234')).toThrow(/two decimals/);
    expect(() => parseMoneyToFen('abc')).toThrow();
  });

  it('formats fen back to yuan', () => {
    expect(formatFen(10)).toBe('0.10');
    expect(formatFen(123456)).toBe('1234.56');
    expect(formatFen(-5)).toBe('-0.05');
  });
});

describe('personal data protection', () => {
  it('masks ID numbers and phones', () => {
    expect(maskIdNumber('620422199001011234')).toBe('6204**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('encrypts reversibly with a random IV and hashes deterministically', () => {
    const a = encryptField('620422199001011234');
    const b = encryptField('620422199001011234');
    expect(a).not.toBe(b);
    expect(a).not.toContain('620422');
    expect(decryptField(a)).toBe('620422199001011234');
    expect(lookupHash('620422199001011234')).toBe(lookupHash(' 620422199001011234 '));
  });
});
