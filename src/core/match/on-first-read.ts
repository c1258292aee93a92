/**
 * Gives an object a property whose value is made on its first read, then kept as a plain value
 * (and replaced as one when assigned). A pack's match index holds thousands of articles of which
 * a report reads the maps of a few: each map is made from the index's flat numbers only then.
 * `make` receives nothing from the owner: a copy made with the owner's property descriptors
 * (pack-file.ts readRecord) makes and keeps its own value.
 */
export function madeOnFirstRead<T>(owner: object, key: string, make: () => T): void {
  const keep = (target: object, value: T) => Object.defineProperty(target, key, { value, configurable: true, enumerable: true, writable: true });
  Object.defineProperty(owner, key, {
    configurable: true,
    enumerable: true,
    get(this: object) {
      const value = make();
      keep(this, value);
      return value;
    },
    set(this: object, value: T) {
      keep(this, value);
    },
  });
}
