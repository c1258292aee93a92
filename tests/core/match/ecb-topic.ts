// One ECB+ topic (its two sibling events, each the other's hard negative) read as the product reads articles.
import { articleFromPlainText } from '../../../src/core/article.js';
import type { Article } from '../../../src/core/types.js';
import { ecbRecords } from '../../helpers.js';

export function ecbTopic(topicId: string) {
  const records = ecbRecords().filter((r) => String(r.topic) === topicId);
  const record = (id: string) => {
    const found = records.find((r) => r.id === id);
    if (!found) throw new Error(`no ECB+ article ${id} in topic ${topicId}`);
    return found;
  };
  return {
    records,
    /** The article as plain text under its title; with its address (which dates it, as ECB+'s addresses do) when asked. */
    article(id: string, withAddress: boolean): Article {
      const r = record(id);
      const read = articleFromPlainText(`${r.title}\n\n${r.text}`);
      if (withAddress && r.url) read.url = r.url;
      return read;
    },
    eventOf: (id: string) => record(id).event,
  };
}

/** ECB+'s first `n` articles of each event in file order, as the relation table's "two per event" corpus takes them. */
export function ecbFirstPerEvent(n: number): { id: string; event: string; title: string; text: string; url?: string | null }[] {
  const seen = new Map<string, number>();
  return ecbRecords().flatMap((r) => {
    const event = `${r.topic}/${r.event}`;
    const count = seen.get(event) ?? 0;
    seen.set(event, count + 1);
    return count < n ? [{ id: r.id, event, title: r.title, text: r.text, url: r.url }] : [];
  });
}
