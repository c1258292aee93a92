/**
 * A constant lookup table keyed by words read from a page. A plain object literal inherits
 * `constructor`, `toString`, `valueOf` and `__proto__` from Object.prototype, so looking up the word
 * "constructor" in it finds a function: a number reader then adds a function to a sum, a rule calls
 * `.test` on Object.prototype. The table is copied onto an object with no prototype, so only its own
 * words are in it.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
