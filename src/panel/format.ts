export { formatDate } from '../core/render.js';

export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
