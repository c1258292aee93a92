import { alikePercent, DATE_UNKNOWN, noRelatedText, RELATION_GROUPS, relationLabel, type RelatedArticle, type Report } from '../core/render.js';
import { formatDate } from './format.js';
import { OutletTag } from './evidence.js';
import { PanelSection } from './panel-section.js';

/** The item's date, where its address or dateline gives it, or a plain "date unknown". */
function DateOf({ item }: { item: RelatedArticle }) {
  const given = formatDate(item.publishedAt);
  if (given) return <span class="date"> · {given}</span>;
  const read = formatDate(item.dateFromText);
  if (read) return <span class="date" title="Read from the article's address or dateline"> · {read}</span>;
  return <span class="date unknown" data-testid="date-unknown"> · {DATE_UNKNOWN}</span>;
}

function RelatedItem({ item }: { item: RelatedArticle }) {
  const { label, hint } = relationLabel(item);
  return (
    <li key={item.id} class="related-item" data-article-id={item.id} data-relation={item.relation}>
      <div class="related-meta">
        <span class={item.source ? 'outlet' : 'outlet unknown'} title={item.source ? undefined : 'The corpus does not name this outlet'}>
          <OutletTag articleId={item.id} />
        </span>
        <DateOf item={item} />
        {item.corpus && <span class="corpus-name" data-testid="related-corpus"> · from {item.corpus}</span>}
      </div>
      <div class="related-title">{item.title}</div>
      <div class="related-match">
        <span class={`relation ${item.relation}`} title={hint}>
          {label}
        </span>
        <span class="score" title="How much of the story's names, places, figures and wording this article shares with the page you are reading">
          <span class="score-bar" aria-hidden="true">
            <span class="score-fill" style={{ width: alikePercent(Math.min(1, item.score)) }} />
          </span>
          {alikePercent(item.score)} alike
        </span>
      </div>
      <div class="related-reason" data-testid="related-reason">
        {item.reason}
      </div>
    </li>
  );
}

export function RelatedCoverage({ report }: { report: Report }) {
  const { related, corpus } = report;
  const groups = RELATION_GROUPS.map((group) => ({ ...group, items: related.filter((item) => item.relation === group.relation) })).filter((g) => g.items.length > 0);
  return (
    <PanelSection id="related" title="Related coverage" count={related.length} testid="related-section" class="related-section">
      {related.length === 0 ? (
        <p class="empty" data-testid="no-related">
          {noRelatedText(corpus)}
        </p>
      ) : (
        <div class="related-groups" data-testid="related-list">
          {groups.map((group) => (
            <div key={group.relation} class="related-group" data-group={group.relation}>
              {groups.length > 1 && <h3 class="related-group-title">{`${group.title} (${group.items.length})`}</h3>}
              <ol class="related">
                {group.items.map((item) => (
                  <RelatedItem key={item.id} item={item} />
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
    </PanelSection>
  );
}
