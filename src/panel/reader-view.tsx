import { useContext, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CorpusArticleText } from '../messages.js';
import { usePanelPlatform } from './platform-context.js';
import { DATE_UNKNOWN, formatDate } from './format.js';
import { OutletsContext, OutletTag } from './evidence.js';

type Loaded = { status: 'loading' } | { status: 'ready'; article: CorpusArticleText } | { status: 'missing' } | { status: 'failed'; message: string };

/** Another outlet's article inside the panel, opened at the sentence the reader clicked, which is marked. */
export function ReaderView({ articleId, sentence, onClose }: { articleId: string; sentence: string; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const marked = useRef<HTMLElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const platform = usePanelPlatform();

  useEffect(() => {
    let current = true;
    platform
      .send({ type: 'corpus-article', id: articleId })
      .then((article) => {
        if (!current) return;
        setLoaded(article ? { status: 'ready', article } : { status: 'missing' });
      })
      .catch((error: unknown) => current && setLoaded({ status: 'failed', message: String((error as Error)?.message ?? error) }));
    return () => {
      current = false;
    };
  }, [articleId]);

  useEffect(() => {
    if (loaded.status !== 'ready') return;
    closeButton.current?.focus({ preventScroll: true });
    marked.current?.scrollIntoView({ block: 'center' });
  }, [loaded, sentence]);

  // A layout effect, so Escape works from the moment the dialog is drawn: preact runs plain effects after the next
  // frame, and a key pressed before that was lost with the dialog left open over the report.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [onClose]);

  const outlets = useContext(OutletsContext);
  return (
    <div class="reader" role="dialog" aria-modal="true" aria-labelledby="reader-title" data-testid="reader-view" data-article-id={articleId}>
      <div class="reader-bar">
        <button type="button" class="reader-close" ref={closeButton} onClick={onClose}>
          ← Back to the report
        </button>
        <OutletTag articleId={articleId} />
      </div>
      {loaded.status === 'loading' && <p class="reader-note">Opening the article…</p>}
      {loaded.status === 'missing' && <p class="reader-note">This article is no longer in the corpus.</p>}
      {loaded.status === 'failed' && <p class="reader-note">The article could not be opened: {loaded.message}</p>}
      {loaded.status === 'ready' && (
        <article class="reader-text">
          <h2 id="reader-title">{loaded.article.title}</h2>
          <p class="reader-meta">
            {/* The outlet as every section names it and the date; never the corpus's internal id. */}
            {[outlets[articleId]?.name ?? loaded.article.source, formatDate(loaded.article.publishedAt) ?? DATE_UNKNOWN].filter(Boolean).join(' · ')}
          </p>
          {loaded.article.paragraphs.map((paragraph, i) => {
            const at = paragraph.indexOf(sentence);
            if (at < 0) return <p key={i}>{paragraph}</p>;
            return (
              <p key={i}>
                {paragraph.slice(0, at)}
                <mark ref={marked} data-testid="reader-mark">
                  {sentence}
                </mark>
                {paragraph.slice(at + sentence.length)}
              </p>
            );
          })}
        </article>
      )}
    </div>
  );
}
