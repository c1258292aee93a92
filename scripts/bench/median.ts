// The one median every speed figure is read as: the middle of the samples, or the mean of the two
// middle ones when their count is even (so that a figure does not depend on which of the two a copy took).
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
