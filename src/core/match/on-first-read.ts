import type { MatchFeatures } from './matchable.js';

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

type LazyMatchFeatures = Pick<MatchFeatures, 'terms' | 'anchors' | 'mentions' | 'fingerprint'>;

/**
 * Match features whose maps and lists are made on first read and then kept (and replaced as
 * plain values when assigned). Written as one object literal with accessors, which all share one
 * shape: 10,000 of them cost a few milliseconds, four Object.defineProperty calls each about 40.
 */
export function lazyFeatures(wordCount: number, make: { [K in keyof LazyMatchFeatures]: () => LazyMatchFeatures[K] }): MatchFeatures {
  let terms: LazyMatchFeatures['terms'] | undefined;
  let anchors: LazyMatchFeatures['anchors'] | undefined;
  let mentions: LazyMatchFeatures['mentions'] | undefined;
  let fingerprint: LazyMatchFeatures['fingerprint'] | undefined;
  return {
    wordCount,
    get terms() { return (terms ??= make.terms()); },
    set terms(value) { terms = value; },
    get anchors() { return (anchors ??= make.anchors()); },
    set anchors(value) { anchors = value; },
    get mentions() { return (mentions ??= make.mentions()); },
    set mentions(value) { mentions = value; },
    get fingerprint() { return (fingerprint ??= make.fingerprint()); },
    set fingerprint(value) { fingerprint = value; },
  } as MatchFeatures;
}

