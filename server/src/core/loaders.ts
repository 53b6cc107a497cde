import type DataLoader from 'dataloader';

/** Records of one resource read by a list's join, with the columns that were read. */
export interface JoinedRecords {
  columns: readonly unknown[];
  byId: Map<string, unknown>;
}

/**
 * Per-request DataLoader registry. Loaders are keyed by what they load (entity, relation, arguments),
 * so every parent at one nesting level shares one batch and one SQL statement.
 */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();
  private readonly joined = new Map<string, JoinedRecords[]>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.map.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.map.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** Records a list read through a to-one join (core/read.ts), per resource name; by-id loads answer from them. */
  joinedRecords(resourceName: string): JoinedRecords[] | undefined {
    return this.joined.get(resourceName);
  }

  addJoinedRecords(resourceName: string, records: JoinedRecords): void {
    const list = this.joined.get(resourceName);
    if (list) list.push(records);
    else this.joined.set(resourceName, [records]);
  }

  /** After a write, reads in the same request must not see stale batches. */
  clear(): void {
    this.map.clear();
    this.joined.clear();
  }
}
