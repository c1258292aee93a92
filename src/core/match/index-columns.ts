// What a pack read from its match index carries for matching beside its articles: the index's
// columns, built once as the index is read (corpus/pack-file.ts for a pack file, corpus/stored.ts
// for the extension's stored index), held by the pack (`MatchablePack.columns`), handed by
// indexPack to the match index (`MatchIndex.columns`) and read there instead of each article's
// maps. One object named in the types, where there were four lookups keyed by the articles list.
import type { DateColumns } from './dates.js';
import type { DevelopmentColumns } from './development.js';
import type { CompactTerms, SearchColumns } from './term-index.js';

export interface IndexColumns {
  /** The articles list the columns describe, entry i article i: a pack with another list is indexed from its articles. */
  readonly articles: readonly unknown[];
  /** Every article's terms as flat arrays, what matching indexes. */
  readonly terms: CompactTerms;
  /** Their search columns, when stored or made as the index was read (matching then places no posting at load). */
  readonly search?: SearchColumns;
  /** The articles' anchors and mentions by name number (development.ts `corpusDevelopment`). */
  readonly development?: DevelopmentColumns;
  /** The articles' dates, where the index stores them (dates.ts `DateColumns`). */
  readonly dates?: DateColumns;
  /** The neighbour lists as flat arrays, until the pack's lists are replaced (`forgetNeighbourColumns`). */
  neighbours?: NeighbourListColumns;
}

/**
 * Article neighbours as flat arrays: article i's are `articles[starts[i] .. starts[i + 1])`, best
 * first, similarities alongside; with where each article is listed and the neighbourhood size when
 * the index stores them (neighbours.ts NeighbourGraph's listedBy columns), else made from the lists.
 */
export interface NeighbourListColumns {
  starts: Uint32Array;
  articles: ArrayLike<number>;
  similarities: ArrayLike<number>;
  listedBy?: ListedBy;
}

/** NeighbourGraph's listedBy columns and size, as graphOfColumns makes them from the lists. */
export interface ListedBy {
  starts: Uint32Array;
  articles: ArrayLike<number>;
  ranks: ArrayLike<number>;
  size: number;
}

/**
 * Gives a pack just read from its match index the columns read with it. The property is not
 * enumerable: a copy of the pack (`{ ...pack }`), a structured clone or a JSON text leaves them
 * behind, and the copy is indexed from its articles as any pack in memory.
 */
export function withIndexColumns<P extends object>(pack: P, columns: IndexColumns): P {
  Object.defineProperty(pack, 'columns', { value: columns, configurable: true, enumerable: false, writable: false });
  return pack;
}

/** The pack's index columns, if it has them and they still describe its articles (the same list, as many). */
export function indexColumnsOf(pack: { readonly columns?: IndexColumns; readonly articles: readonly unknown[] }): IndexColumns | undefined {
  const columns = pack.columns;
  return columns && columns.articles === pack.articles && columns.terms.offsets.length === pack.articles.length + 1 ? columns : undefined;
}

/** Forgets the neighbour columns of a pack whose lists were replaced: its lists are read as they are. */
export function forgetNeighbourColumns(pack: { readonly columns?: IndexColumns }): void {
  if (pack.columns) delete pack.columns.neighbours;
}
