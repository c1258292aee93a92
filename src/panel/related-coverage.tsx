import type { Report } from '../core/types.js';
import { formatDate, formatScore, hostOf } from './format.js';

const RELATION_LABEL = { 'same-event': 'Same event', 'follow-up': 'Follow-up' } as const;
const RELATION_HINT = {
  'same-event': 'Reports the same event as this article',
  'follow-up': 'Reports another development of the same story',
} as const;

export function RelatedCoverage({ report }: { report: Report }) {
  const { related, corpus } = report;
  return (
    <section aria-labelledby="related-heading" class="section">
      <h2 id="related-heading">Related coverage</h2>
      {related.length === 0 ? (
        <p class="empty" data-testid="no-related">
          No related coverage: none of the {corpus.articleCount} articles in “{corpus.name}” reports this story.
        </p>
      ) : (
        <ol class="related" data-testid="related-list">
          {related.map((item) => {
            const outlet = item.source ?? hostOf(item.url) ?? 'Outlet not named';
            const date = formatDate(item.publishedAt);
            return (
              <li key={item.id} class="related-item" data-article-id={item.id} data-relation={item.relation}>
                <div class="related-title">{item.title}</div>
                <div class="related-meta">
                  <span class={item.source ? 'outlet' : 'outlet unknown'}>{outlet}</span>
                  {date && <span class="date"> · {date}</span>}
                  <span class="corpus-id"> · {item.id}</span>
                </div>
                <div class="related-match">
                  <span class={`relation ${item.relation}`} title={RELATION_HINT[item.relation]}>
                    {RELATION_LABEL[item.relation]}
                  </span>
                  <span class="score" aria-label={`match ${formatScore(item.score)}`}>
                    <span class="score-bar" aria-hidden="true">
                      <span class="score-fill" style={{ width: formatScore(Math.min(1, item.score)) }} />
                    </span>
                    match {formatScore(item.score)}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
