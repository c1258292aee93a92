/** A date a pack may carry: ISO 8601, a date (2024-01-31) or a date-time (2024-01-31T08:00:00Z), and a real one. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && Number(match[4] ?? 0) < 24 && Number(match[5] ?? 0) < 60 && Number(match[6] ?? 0) < 61;
}


/** A date as a pack stores it: kept when ISO already, else converted when it reads as a date (RFC 2822, "2024-01-31 08:00"), else absent. */
export function isoDateOf(value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (isIsoDate(value)) return value;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
