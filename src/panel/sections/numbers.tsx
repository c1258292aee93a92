import type { NumberGroup, NumbersSection as Section } from '../../core/numbers/index.js';
import { EvidenceSentence, OutletTag, useOutlet } from '../evidence.js';
import { CURRENT, formatFigureValue, markOf, numberVerdict, plotScale, type Mark } from '../../core/render.js';
import { LazyDetails, PanelSection, ShowAllButton, useShowAll } from '../panel-section.js';

/** Groups shown before the reader asks for the rest; every diverging group is always shown. */
const GROUPS_SHOWN = 5;

const PLOT_WIDTH = 220;
const ROW_HEIGHT = 10;
const MARGIN = 6;
const AXIS_LABEL_HEIGHT = 11;

type Figure = NumberGroup['figures'][number];

/** The values a mark draws, the ends of the axis included. */
function drawnValues(mark: Mark): number[] {
  return mark.kind === 'point' || mark.kind === 'open' ? [mark.at] : [mark.from, mark.to];
}

/** The values an outlet wrote: only these label the axis. */
function writtenValues(mark: Mark): number[] {
  return mark.kind === 'point' || mark.kind === 'open' ? [mark.at] : mark.kind === 'range' ? [mark.from, mark.to] : [];
}

/** The figures of one group per outlet on one scale, one row per outlet. */
function DotPlot({ group }: { group: NumberGroup }) {
  const articles = [...new Set(group.figures.map((f) => f.articleId))];
  const marks = group.figures.map((f) => ({ f, mark: markOf(f) }));
  const scale = plotScale(marks.flatMap(({ mark }) => (mark ? drawnValues(mark) : [])).map((v) => ({ low: v, high: v })));
  if (!scale) return null;
  const axisY = articles.length * ROW_HEIGHT + 3;
  const height = axisY + AXIS_LABEL_HEIGHT;
  const unit = group.figures[0]?.unit;
  const label = group.figures.map((f) => `${f.text}`).join(', ');
  const x = (v: number) => MARGIN + scale(v) * (PLOT_WIDTH - 2 * MARGIN);
  const written = marks.flatMap(({ mark }) => (mark ? writtenValues(mark) : []));
  const ends = written.length > 0 ? [Math.min(...written), Math.max(...written)] : [];
  return (
    <svg class="number-plot" viewBox={`0 0 ${PLOT_WIDTH} ${height}`} width={PLOT_WIDTH} height={height} role="img" aria-label={`Figures on one scale: ${label}`} data-testid="number-plot">
      <line class="axis" x1={MARGIN} x2={PLOT_WIDTH - MARGIN} y1={axisY} y2={axisY} />
      {[...new Set(ends)].map((v, i, all) => (
        <text key={v} class="axis-label" x={x(v)} y={height - 1} text-anchor={all.length === 1 ? 'middle' : i === 0 ? 'start' : 'end'} data-testid="number-axis-label">
          {formatFigureValue(v, unit)}
        </text>
      ))}
      {articles.map((articleId, row) => (
        <PlotRow key={articleId} articleId={articleId} y={row * ROW_HEIGHT + ROW_HEIGHT / 2 + 1} marks={marks.filter(({ f }) => f.articleId === articleId).map(({ mark }) => mark)} x={x} />
      ))}
    </svg>
  );
}

function PlotRow({ articleId, y, marks, x }: { articleId: string; y: number; marks: (Mark | undefined)[]; x: (v: number) => number }) {
  const outlet = useOutlet(articleId);
  return (
    <g class={`c${outlet.colour}`} data-article-id={articleId}>
      {marks.map((mark, i) => {
        if (!mark) return null;
        if (mark.kind === 'point') return <circle key={i} class="dot" cx={x(mark.at)} cy={y} r={3.5} data-mark="point" />;
        if (mark.kind === 'open') {
          const dx = mark.towards === 'up' ? 16 : -16;
          const tip = x(mark.at) + dx;
          return (
            <g key={i} data-mark="open">
              <line class="open-bound" x1={x(mark.at)} x2={tip} y1={y} y2={y} />
              <path class="open-arrow" d={`M${tip} ${y - 3}L${tip + Math.sign(dx) * 4} ${y}L${tip} ${y + 3}Z`} />
              <circle class="dot" cx={x(mark.at)} cy={y} r={3.5} />
            </g>
          );
        }
        return <line key={i} class={mark.kind === 'vague' ? 'interval vague' : 'interval'} x1={x(mark.from)} x2={Math.max(x(mark.to), x(mark.from) + 2)} y1={y} y2={y} data-mark={mark.kind} />;
      })}
    </g>
  );
}

/** What the plots' marks mean, once above them. */
function PlotLegend() {
  return (
    <p class="plot-legend" data-testid="number-plot-legend">
      <span>
        <svg width="12" height="10" aria-hidden="true"><circle class="dot" cx="6" cy="5" r="3.5" /></svg> a figure as written
      </span>
      <span>
        <svg width="26" height="10" aria-hidden="true"><line class="open-bound" x1="5" x2="19" y1="5" y2="5" /><path class="open-arrow" d="M19 2L23 5L19 8Z" /><circle class="dot" cx="5" cy="5" r="3.5" /></svg> “at least”, open-ended
      </span>
      <span>
        <svg width="22" height="10" aria-hidden="true"><line class="interval" x1="4" x2="18" y1="5" y2="5" /></svg> a range as written
      </span>
      <span>
        <svg width="22" height="10" aria-hidden="true"><line class="interval vague" x1="4" x2="18" y1="5" y2="5" /></svg> a vague amount (“dozens”)
      </span>
      <span>One row per outlet, in its colour; the axis is labelled with figures outlets wrote.</span>
    </p>
  );
}

function Group({ group }: { group: NumberGroup }) {
  const verdict = numberVerdict(group);
  return (
    <li class={`number-group verdict-${group.verdict}`} data-testid="number-group" data-verdict={group.verdict} data-with-page={String(group.figures.some((f) => f.articleId === CURRENT))}>
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
                {f.claimedBy && <span class="number-claimant"> according to {f.claimedBy}</span>}
                {f.development && <span class="number-development"> ({f.development} coverage)</span>}
                {markOf(f)?.kind === 'vague' && (
                  <span class="number-range">
                    {' '}
                    (taken as {formatFigureValue(f.low!, f.unit)} – {formatFigureValue(f.high!, f.unit)})
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
          <PlotLegend />
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
