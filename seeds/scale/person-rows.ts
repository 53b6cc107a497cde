import { v7 as uuidv7 } from 'uuid';
import { encryptField, lookupHash, maskIdNumber, maskPhone } from '../../server/src/core/crypto';
import { completeIdNumber } from '../../server/src/core/identifiers';
import { chineseName, pick } from '../factories';
import { copyText } from './bulk';
import type { CopyChunk } from './bulk';
import { newRandom, stampAt } from './context';
import type { StampBlock } from './context';
import { serveUnits } from './workers';

/*
 * One county's persons, generated in a worker thread (see personsGenerator in base.ts): encrypting
 * two fields and hashing one per row is the slowest part of the scale data.
 */

const DAY = 86_400_000;
const BIRTH_BASE = Date.UTC(1961, 0, 1);
const BIRTH_SPAN_DAYS = 44 * 365;

export const PERSON_COLUMNS = [
  'id',
  'created_at',
  'updated_at',
  'version',
  'name',
  'id_number_encrypted',
  'id_number_hash',
  'id_number_masked',
  'gender',
  'birth_date',
  'phone_encrypted',
  'phone_masked',
  'village_code',
  'household_category',
  'monitoring_type',
  'labour_capacity',
  'minimum_living',
  'extreme_hardship',
  'disabled',
  'relocated',
  'village_cadre_or_relative',
];

export interface PersonUnit {
  county: string;
  villages: string[];
  count: number;
  /** Random stream of this county (see newRandom). */
  stream: number;
  stamps: StampBlock;
}

export interface PersonChunk extends CopyChunk {
  ids: string[];
}

/**
 * A county's persons in COPY text. ID numbers are unique: the county code, a birth date that differs
 * for each of the first 16,060 persons, and a sequence whose parity is the gender.
 */
export function personRows(unit: PersonUnit): PersonChunk {
  const rand = newRandom(unit.stream);
  const rows: unknown[][] = [];
  const ids: string[] = [];
  for (let k = 0; k < unit.count; k++) {
    const birth = new Date(BIRTH_BASE + (k % BIRTH_SPAN_DAYS) * DAY).toISOString().slice(0, 10);
    const male = rand() < 0.52;
    let seq = Math.floor(k / BIRTH_SPAN_DAYS) * 2 + (male ? 1 : 0);
    seq %= 1000;
    const idNumber = completeIdNumber(`${unit.county}${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`);
    const phone = `13${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;
    const id = uuidv7();
    ids.push(id);
    const r = rand();
    const category = r < 0.45 ? 'POVERTY_EXITED' : r < 0.55 ? 'MONITORED' : 'ORDINARY';
    const at = stampAt(unit.stamps, k);
    rows.push([
      id,
      at,
      at,
      1,
      chineseName(rand, male),
      encryptField(idNumber),
      lookupHash(idNumber),
      maskIdNumber(idNumber),
      male ? 'MALE' : 'FEMALE',
      birth,
      encryptField(phone),
      maskPhone(phone),
      pick(rand, unit.villages),
      category,
      category === 'MONITORED' ? 'MARGINAL' : null,
      rand() < 0.08 ? 'WEAK' : rand() < 0.02 ? 'NONE' : 'FULL',
      rand() < 0.1,
      false,
      rand() < 0.03,
      rand() < 0.05,
      rand() < 0.01,
    ]);
  }
  // TextEncoder gives the bytes an ArrayBuffer of their own, which can be moved to the main thread.
  return { text: new TextEncoder().encode(copyText(rows)), rows: rows.length, ids };
}

serveUnits(personRows, (chunk) => [chunk.text.buffer]);
