// The progress line's bar, one for every long CLI command (a corpus build from files or from feeds).

const WIDTH = 24;

/** A bar of 24 cells, the share done filled with "#": "[############............]". No work to do is a full bar. */
export function progressBar(done: number, total: number): string {
  const filled = total === 0 ? WIDTH : Math.min(WIDTH, Math.round((done / total) * WIDTH));
  return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}]`;
}

/** The bar and the whole per cent done, rounded down (100% only when all is done): "[############............] 50%". */
export function progressWithPercent(done: number, total: number): string {
  return `${progressBar(done, total)} ${Math.floor((done / Math.max(total, 1)) * 100)}%`;
}
