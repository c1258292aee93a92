import { seedReports } from '../../helpers.js';
import type { QuotesSection } from '../../../src/core/quotes/index.js';

/** Each seed as the page, with the quotes section the extension's own report gives it. */
export function seedSections(): Map<string, QuotesSection> {
  return new Map([...seedReports()].map(([id, report]) => [id, report.quotes]));
}
