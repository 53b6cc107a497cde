/**
 * `value` cut to the keys `shape` has, at every depth (arrays element by element): a whole record
 * compared with what a narrower selection of it returned.
 */
export function pick(value: unknown, shape: unknown): unknown {
  if (Array.isArray(value)) return value.map((v, i) => pick(v, (shape as unknown[])[i]));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(shape as object).map((k) => [k, pick((value as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k])]),
    );
  return value;
}
