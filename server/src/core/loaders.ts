import type DataLoader from 'dataloader';

/**
 * Per-request DataLoader registry. Loaders are keyed by what they load (entity, relation, arguments),
 * so every parent at one nesting level shares one batch and one SQL statement.
 */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.map.get(key);
    if (!loader) {
      loader = create() as DataLoader<unknown, unknown>;
      this.map.set(key, loader);
    }
    return loader as DataLoader<K, V>;
  }

  /** After a write, reads in the same request must not see stale batches. */
  clear(): void {
    this.map.clear();
  }
}
