import { seedReports } from '../../helpers.js';
import type { FramingSection } from '../../../src/core/framing/index.js';
import { CURRENT } from '../../../src/core/analysis/contract.js';

/** Each seed as the page, with the framing section the extension's own report gives it. */
export function seedSections(): Map<string, FramingSection> {
  return new Map([...seedReports()].map(([id, report]) => [id, report.framing]));
}

/** The id a seed has in a section seen from `pov`. */
export function idIn(seed: string, pov: string): string {
  return seed === pov ? CURRENT : seed;
}
