import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { settings } from '../config';

/*
 * Sensitive personal data (ID numbers, phones) is stored encrypted (AES-256-GCM) with a key from
 * configuration, plus a keyed hash (HMAC-SHA256) so uniqueness and exact lookup work without
 * decrypting. Neither the key nor plaintext is ever logged.
 */

function keyMaterial(purpose: string): Buffer {
  const raw = settings.dataKey;
  const base = /^[0-9a-f]{64}$/i.test(raw) ? Buffer.from(raw, 'hex') : createHash('sha256').update(raw).digest();
  return createHmac('sha256', base).update(purpose).digest();
}

let encKey: Buffer | undefined;
let macKey: Buffer | undefined;

export function encryptField(plain: string): string {
  encKey ??= keyMaterial('encrypt');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', encKey, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `v1:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
}

export function decryptField(stored: string | null | undefined): string | null {
  if (!stored) return null;
  encKey ??= keyMaterial('encrypt');
  const data = Buffer.from(stored.slice(3), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', encKey, data.subarray(0, 12));
  decipher.setAuthTag(data.subarray(12, 28));
  return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
}

/** Deterministic keyed hash for unique indexes and exact-match search on encrypted values. */
export function lookupHash(plain: string): string {
  macKey ??= keyMaterial('lookup');
  return createHmac('sha256', macKey).update(plain.trim().toUpperCase()).digest('hex');
}

/** Hash for secrets the server only ever compares (session tokens, API keys). */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** `6204**********1234`: the region part and the last four, nothing that identifies the person. */
export function maskIdNumber(id: string | null | undefined): string | null {
  if (!id) return null;
  return `${id.slice(0, 4)}${'*'.repeat(Math.max(0, id.length - 8))}${id.slice(-4)}`;
}

/** `138****5678`. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
