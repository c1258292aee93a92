import { useCallback, useEffect, useState } from 'preact/hooks';
import { MEMORY_LIMITS, rememberedArticles, type RememberedArticle } from '../background/memory-records.js';
import { useOptionsPlatform } from './platform-context.js';

/** The reading memory's switch (off by default), what it holds, and a way to forget it all. */
export function ReadingMemory() {
  const [enabled, setEnabled] = useState(false);
  const [items, setItems] = useState<RememberedArticle[]>([]);
  const { memory } = useOptionsPlatform();

  const reload = useCallback(async () => {
    const [on, list] = await Promise.all([memory.enabled(), rememberedArticles(memory)]);
    setEnabled(on);
    setItems(list.reverse());
  }, [memory]);
  useEffect(() => {
    void reload();
    memory.onChanged(() => void reload());
  }, [reload]);

  const toggle = async (event: Event): Promise<void> => {
    await memory.setEnabled((event.currentTarget as HTMLInputElement).checked);
    await reload();
  };

  return (
    <section class="memory" aria-labelledby="memory-heading">
      <h2 id="memory-heading">Reading memory</h2>
      <label class="memory-switch">
        <input type="checkbox" checked={enabled} onChange={(e) => void toggle(e)} data-testid="memory-enabled" />
        <span>Remember the articles I analyse, on this device, to compare them with later ones</span>
      </label>
      <p class="pack-meta">
        Off unless you turn it on. Up to {MEMORY_LIMITS.articles} articles, each kept {MEMORY_LIMITS.days} days, stored in this
        browser only and searched with your other corpora. Turning it off stops both remembering and searching it.
      </p>
      {items.length > 0 && (
        <>
          <ul class="remembered" data-testid="memory-list">
            {items.map((item) => (
              <li key={item.key}>
                <span class="pack-name">{item.article.title}</span>
                <span class="pack-meta">
                  {' '}
                  · {item.article.source ?? hostOf(item.key)} · read {item.rememberedAt.slice(0, 10)}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" class="memory-clear" onClick={() => void memory.clear().then(reload)} data-testid="memory-clear">
            {items.length === 1 ? 'Forget the remembered article' : `Forget all ${items.length} remembered articles`}
          </button>
        </>
      )}
    </section>
  );
}

function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return address;
  }
}
