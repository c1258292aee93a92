import type { NumberGroup, NumbersSection as Section } from '../../core/numbers/index.js';
import { EvidenceSentence, OutletTag, useOutlet } from '../evidence.js';
import { formatFigureValue, plotScale } from '../../core/numbers/index.js';
import { LazyDetails, PanelSection, ShowAllButton, useShowAll } from '../panel-section.js';

/** Groups shown before the reader asks for the rest; every diverging group is always shown. */
const GROUPS_SHOWN = 5;

type Verdict = NumberGroup['verdict'];

const VERDICTS: Record<Verdict, { label: string; hint: string }> = {
  diverges: { label: 'Diverges', hint: 'The outlets’ figures cannot all be true at once' },
  'different-subject': { label: 'Different subject', hint: 'Same source or period, but not the same thing counted: neither agreement nor disagreement' },
  consistent: { label: 'Consistent', hint: 'Different wording, same fact' },
};

const PLOT_WIDTH = 220;
const ROW_HEIGHT = 10;
const MARGIN = 6;
const AXIS_LABEL_HEIGHT = 11;

/** The figures of one group per outlet on one scale: a bar for an interval, a dot for a single value. */
function DotPlot({ group }: { group: NumberGroup }) {
  const articles = [...new Set(group.figures.map((f) => f.articleId))];
  const scale = plotScale(group.figures);
  if (!scale) return null;
  const axisY = articles.length * ROW_HEIGHT + 3;
  const height = axisY + AXIS_LABEL_HEIGHT;
  const unit = group.figures[0]?.unit;
  const label = group.figures.map((f) => `${f.text}`).join(', ');
  const [min, max] = [formatFigureValue(scale.min, unit), formatFigureValue(scale.max, unit)];
  return (
    <svg class="number-plot" viewBox={`0 0 ${PLOT_WIDTH} ${height}`} width={PLOT_WIDTH} height={height} role="img" aria-label={`Figures on one scale: ${label}`} data-testid="number-plot">
      <title>{`${min} to ${max}`}</title>
      <line class="axis" x1={MARGIN} x2={PLOT_WIDTH - MARGIN} y1={axisY} y2={axisY} />
      <text class="axis-label" x={MARGIN} y={height - 1} text-anchor="start">
        {min}
      </text>
      {max !== min && (
        <text class="axis-label" x={PLOT_WIDTH - MARGIN} y={height - 1} text-anchor="end">
          {max}
        </text>
      )}
      {articles.map((articleId, row) => (
        <PlotRow key={articleId} articleId={articleId} y={row * ROW_HEIGHT + ROW_HEIGHT / 2 + 1} group={group} x={(v: number) => MARGIN + scale(v) * (PLOT_WIDTH - 2 * MARGIN)} />
      ))}
    </svg>
  );
}

function PlotRow({ articleId, y, group, x }: { articleId: string; y: number; group: NumberGroup; x: (v: number) => number }) {
  const outlet = useOutlet(articleId);
  return (
    <g class={`c${outlet.colour}`} data-article-id={articleId}>
      {group.figures
        .filter((f) => f.articleId === articleId && f.low !== undefined && f.high !== undefined)
        .map((f, i) =>
          f.low === f.high ? (
            <circle key={i} class="dot" cx={x(f.low!)} cy={y} r={3.5} />
          ) : (
            <line key={i} class="interval" x1={x(f.low!)} x2={Math.max(x(f.high!), x(f.low!) + 2)} y1={y} y2={y} />
          ),
        )}
    </g>
  );
}

function Group({ group }: { group: NumberGroup }) {
  const verdict = VERDICTS[group.verdict];
  return (
    <li class={`number-group verdict-${group.verdict}`} data-testid="number-group" data-verdict={group.verdict}>
      <LazyDetails
        summary={
          <>
            <span class={`number-verdict ${group.verdict}`} title={verdict.hint}>
              {verdict.label}
            </span>
            <span class="number-subject">{group.subject}</span>
            <DotPlot group={group} />
          </>
        }
      >
        <ul class="number-figures">
          {group.figures.map((f, i) => (
            <li key={i} class="number-figure" data-testid="number-figure" data-article-id={f.articleId}>
              <div class="number-figure-head">
                <OutletTag articleId={f.articleId} />
                <strong class="number-text">{f.text}</strong>
                {f.low !== undefined && f.high !== undefined && f.low !== f.high && (
                  <span class="number-range">
                    {' '}
                    ({formatFigureValue(f.low, f.unit)} – {formatFigureValue(f.high, f.unit)})
                  </span>
                )}
              </div>
              <EvidenceSentence evidence={{ articleId: f.articleId, sentence: f.sentence }} />
            </li>
          ))}
        </ul>
      </LazyDetails>
    </li>
  );
}

export function NumbersSection({ section }: { section: Section }) {
  const diverging = section.filter((g) => g.verdict === 'diverges').length;
  const list = useShowAll(section, Math.max(GROUPS_SHOWN, diverging));
  return (
    <PanelSection id="numbers" title="Numbers" count={section.length} testid="numbers-section" class="numbers">
      {section.length === 0 ? (
        <p class="empty" data-testid="numbers-empty">
          No figure in this article or its coverage is counted by two outlets.
        </p>
      ) : (
        <>
          <p class="section-hint">Figures two or more outlets give for the same thing; open one to see each outlet’s sentence.</p>
          <ul class="number-groups" id="number-groups">
            {list.shown.map((group, i) => (
              <Group key={i} group={group} />
            ))}
          </ul>
          <ShowAllButton {...list} total={section.length} controls="number-groups" noun="figures" testid="numbers-more" />
        </>
      )}
    </PanelSection>
  );
}
