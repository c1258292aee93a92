/**
 * A constant lookup table keyed by words read from a page. A plain object literal inherits
 * `constructor`, `toString`, `valueOf` and `__proto__` from Object.prototype, so looking up such a
 * word in it finds a function or an object: framing's PARTY_BEFORE["__proto__"] gave Object.prototype,
 * and a rule called `.test` on it (a pack build threw). The table is copied onto an object with no
 * prototype and frozen, so only its own words are in it. Every such table is made here (the number
 * words and units once set their prototypes one by one, and two framing tables were missed).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
