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

/** What makes each lazy feature of the article at a place (`at`), when first read. */
export type FeatureMakers = { [K in keyof LazyMatchFeatures]: (at: number) => LazyMatchFeatures[K] };
interface LazyState {
  make: FeatureMakers;
  at: number;
  made: Partial<LazyMatchFeatures>;
}

// Where each lazy features object keeps its makers and the values made: a property no listing of keys shows.
const STATE = Symbol('made on first read');

function lazyProperty<K extends keyof LazyMatchFeatures>(key: K): PropertyDescriptor {
  return {
    configurable: true,
    enumerable: true,
    get(this: { [STATE]: LazyState }) {
      const { made, make, at } = this[STATE];
      return (made[key] ??= make[key](at));
    },
    set(this: { [STATE]: LazyState }, value: LazyMatchFeatures[K]) {
      this[STATE].made[key] = value;
    },
  };
}

// One set of accessors for all: defining shared ones costs a third of what an object literal with
// its own get/set pairs does (a hundred thousand of those took 350 to 470 ms of CPU in Node 20).
const LAZY_PROPERTIES: PropertyDescriptorMap = {
  terms: lazyProperty('terms'),
  anchors: lazyProperty('anchors'),
  mentions: lazyProperty('mentions'),
  fingerprint: lazyProperty('fingerprint'),
};

/**
 * Match features whose maps and lists are made on first read and then kept (and replaced as
 * plain values when assigned). The accessors are own, enumerable properties, so that a spread
 * or a copy reads the values, as it would a plain object's. A copy made with the owner's
 * property descriptors (pack-file.ts readRecord) shares its values.
 */
export function lazyFeatures(wordCount: number, make: { [K in keyof LazyMatchFeatures]: () => LazyMatchFeatures[K] }): MatchFeatures {
  return lazyFeaturesAt(wordCount, make, 0);
}

/** As lazyFeatures, with makers shared by many articles, each told the article's place: no function made per article. */
export function lazyFeaturesAt(wordCount: number, make: FeatureMakers, at: number): MatchFeatures {
  const features = { wordCount };
  Object.defineProperty(features, STATE, { value: { make, at, made: {} } satisfies LazyState });
  return Object.defineProperties(features, LAZY_PROPERTIES) as unknown as MatchFeatures;
}

/**
 * A match-only article (a pack's match index read: pack-file.ts) whose lazy features
 * (lazyFeaturesAt) are made when `features` is first read, then kept as its own property (and
 * replaced as one when assigned): no features object for the articles matching never lists (all
 * but a few of a large pack's). A class, its accessor on its prototype: a hundred thousand articles
 * each given the accessor and its state with Object.defineProperty took 130 to 190 ms of a load in
 * Node 20, as instances 20 to 50 (docs/benchmarks.md, stop 27). As the extension's stored articles
 * (stored.ts RevivedArticle), a spread of an article whose features were not read yet copies none:
 * a copy names them (combine.ts, pack-file.ts entryOf).
 */
export class LazyFeaturesArticle {
  readonly #wordCount: number;
  readonly #make: FeatureMakers;
  readonly #at: number;
  declare source?: string;
  declare url?: string;
  declare publishedAt?: string;
  declare leadAct?: string;

  constructor(
    public id: string,
    public title: string,
    public paragraphs: string[],
    wordCount: number,
    make: FeatureMakers,
    at: number,
  ) {
    this.#wordCount = wordCount;
    this.#make = make;
    this.#at = at;
  }

  get features(): MatchFeatures {
    const features = lazyFeaturesAt(this.#wordCount, this.#make, this.#at);
    keepOwn(this, 'features', features);
    return features;
  }

  set features(value: MatchFeatures) {
    keepOwn(this, 'features', value);
  }
}

/** A value kept as an owner's own plain property, in place of an accessor read through its prototype. */
export function keepOwn(owner: object, key: string, value: unknown): void {
  Object.defineProperty(owner, key, { value, configurable: true, enumerable: true, writable: true });
}
