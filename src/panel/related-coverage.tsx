import type { RelatedArticle, Report } from '../core/index.js';
import { formatDate, formatScore } from './format.js';
import { OutletTag } from './evidence.js';
import { PanelSection } from './panel-section.js';

function relationLabel(item: RelatedArticle): { label: string; hint: string } {
  if (item.relation === 'same-event') return { label: 'Same event', hint: 'Reports the same event as this article' };
  if (item.development === 'later') return { label: 'Follow-up: later', hint: 'Reports a later development of the same story' };
  if (item.development === 'earlier') return { label: 'Follow-up: earlier', hint: 'Reports an earlier development of the same story' };
  return { label: 'Follow-up', hint: 'Reports another development of the same story' };
}

export function RelatedCoverage({ report }: { report: Report }) {
  const { related, corpus } = report;
  return (
    <PanelSection id="related" title="Related coverage" count={related.length} testid="related-section" class="related-section">
      {related.length === 0 ? (
        <p class="empty" data-testid="no-related">
          No related coverage: none of the {corpus.articleCount} articles in “{corpus.name}” reports this story.
        </p>
      ) : (
        <ol class="related" data-testid="related-list">
          {related.map((item) => {
            const date = formatDate(item.publishedAt);
            const { label, hint } = relationLabel(item);
            return (
              <li key={item.id} class="related-item" data-article-id={item.id} data-relation={item.relation}>
                <div class="related-meta">
                  <span class={item.source ? 'outlet' : 'outlet unknown'} title={item.source ? undefined : 'The corpus does not name this outlet'}>
                    <OutletTag articleId={item.id} />
                  </span>
                  {date && <span class="date"> · {date}</span>}
                </div>
                <div class="related-title">{item.title}</div>
                <div class="related-match">
                  <span class={`relation ${item.relation}`} title={hint}>
                    {label}
                  </span>
                  <span class="score">
                    <span class="score-bar" aria-hidden="true">
                      <span class="score-fill" style={{ width: formatScore(Math.min(1, item.score)) }} />
                    </span>
                    match {formatScore(item.score)}
                  </span>
                  <span class="corpus-id">{item.id}</span>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </PanelSection>
  );
}
