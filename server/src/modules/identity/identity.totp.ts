import { createHmac, randomBytes } from 'node:crypto';

/*
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) on node:crypto. otplib 13's CommonJS build
 * loads ESM-only dependencies (@scure/base, @noble/hashes) that the test runner cannot load, so the
 * few lines of the algorithm live here; they were checked against otplib's codes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_PERIOD = 30;

export function base32Encode(data: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of data) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of clean) {
    const idx = ALPHABET.indexOf(ch);
    if (idx < 0) throw new Error('invalid base32 secret');
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** A new random secret (20 bytes = 160 bits, as RFC 4226 recommends), base32. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

export function hotp(secret: string, counter: number): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', base32Decode(secret)).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

export function totpStepAt(time: Date): number {
  return Math.floor(time.getTime() / 1000 / TOTP_PERIOD);
}

export function totpAt(secret: string, time: Date): string {
  return hotp(secret, totpStepAt(time));
}

/** The time step a code matches (current ±1 step), or null; steps at or before `afterStep` are refused (no replay). */
export function matchTotp(secret: string, code: string, time: Date, afterStep?: number | null): number | null {
  const now = totpStepAt(time);
  for (const step of [now, now - 1, now + 1]) {
    if (afterStep !== null && afterStep !== undefined && step <= afterStep) continue;
    if (hotp(secret, step) === code) return step;
  }
  return null;
}

export function totpUri(issuer: string, account: string, secret: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&period=${TOTP_PERIOD}`;
}
