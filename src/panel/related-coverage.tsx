import type { RelatedArticle, Report } from '../core/types.js';
import { formatDate, formatScore, hostOf } from './format.js';

function relationLabel(item: RelatedArticle): { label: string; hint: string } {
  if (item.relation === 'same-event') return { label: 'Same event', hint: 'Reports the same event as this article' };
  if (item.development === 'later') return { label: 'Follow-up: later', hint: 'Reports a later development of the same story' };
  if (item.development === 'earlier') return { label: 'Follow-up: earlier', hint: 'Reports an earlier development of the same story' };
  return { label: 'Follow-up', hint: 'Reports another development of the same story' };
}

export function RelatedCoverage({ report }: { report: Report }) {
  const { related, corpus } = report;
  return (
    <section aria-labelledby="related-heading" class="section">
      <h2 id="related-heading">
        Related coverage{related.length > 0 && <span class="count"> · {related.length}</span>}
      </h2>
      {related.length === 0 ? (
        <p class="empty" data-testid="no-related">
          No related coverage: none of the {corpus.articleCount} articles in “{corpus.name}” reports this story.
        </p>
      ) : (
        <ol class="related" data-testid="related-list">
          {related.map((item) => {
            const outlet = item.source ?? hostOf(item.url) ?? 'Outlet not named';
            const date = formatDate(item.publishedAt);
            const { label, hint } = relationLabel(item);
            return (
              <li key={item.id} class="related-item" data-article-id={item.id} data-relation={item.relation}>
                <div class="related-title">{item.title}</div>
                <div class="related-meta">
                  <span class={item.source ? 'outlet' : 'outlet unknown'}>{outlet}</span>
                  {date && <span class="date"> · {date}</span>}
                  <span class="corpus-id"> · {item.id}</span>
                </div>
                <div class="related-match">
                  <span class={`relation ${item.relation}`} title={hint}>
                    {label}
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
