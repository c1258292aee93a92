// @vitest-environment jsdom
// The options page's views in jsdom on a fake platform (src/platform/seam.ts): the reading memory's
// switch and list, and subscribing to a pack. The end-to-end tests run them on the real browser.
import { describe, expect, it } from 'vitest';
import { h, render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import type { MemoryStore, OptionsPlatform } from '../../src/platform/seam.js';
import type { RememberedRecord } from '../../src/platform/memory-store.js';
import type { Subscription } from '../../src/background/subscriptions.js';
import { ReadingMemory } from '../../src/options/memory.js';
import { Subscriptions } from '../../src/options/subscriptions.js';
import { OptionsPlatformContext } from '../../src/options/platform-context.js';
import { MEMORY_LIMITS } from '../../src/background/memory.js';
import { buildPack } from '../../src/core/index.js';
import { seedInputs } from '../helpers.js';

/** A reading memory kept in an array, recording what the page asks of it. */
function fakeMemory(records: RememberedRecord[], enabled = false) {
  const calls: string[] = [];
  let on = enabled;
  const listeners: (() => void)[] = [];
  const memory: MemoryStore = {
    enabled: async () => on,
    setEnabled: async (value) => {
      calls.push(`set ${value}`);
      on = value;
    },
    onChanged: (listener) => void listeners.push(listener),
    list: async () => [...records],
    write: async () => undefined,
    clear: async () => {
      calls.push('clear');
      records.length = 0;
    },
  };
  return { memory, calls };
}

function platformWith(parts: Partial<OptionsPlatform>): OptionsPlatform {
  const unused = () => {
    throw new Error('not used by this view');
  };
  return {
    bundledPackHeaderLine: unused,
    packs: { list: unused, import: unused, remove: unused, activeId: unused, setActiveId: unused, onActiveChanged: unused },
    memory: fakeMemory([]).memory,
    subscriptions: { list: async () => [], subscribe: unused, refresh: unused, unsubscribe: unused, requestOriginAccess: unused, onListChanged: () => undefined },
    ...parts,
  };
}

async function renderView(platform: OptionsPlatform, view: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '<div id="app"></div>';
  const root = document.getElementById('app')!;
  await act(async () => render(h(OptionsPlatformContext.Provider, { value: platform }, view), root));
  await settle();
  return root;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
}

const byTestId = <T extends HTMLElement = HTMLElement>(root: HTMLElement, id: string) => root.querySelector<T>(`[data-testid="${id}"]`);

/** Two seed articles as the memory stores them: with the features a pack carries (worked out once for the file). */
const twoSeeds = buildPack('Reading memory', seedInputs().slice(0, 2)).articles;
function remembered(now: number): RememberedRecord[] {
  return twoSeeds.map((article, i) => ({ key: `https://example.org/${i}`, rememberedAt: new Date(now - (2 - i) * 3_600_000).toISOString(), article }));
}

describe('the reading memory on the options page', () => {
  it('is off, with nothing listed, until the reader turns it on; the switch is stored', async () => {
    const fake = fakeMemory([]);
    const root = await renderView(platformWith({ memory: fake.memory }), h(ReadingMemory, {}));
    const toggle = byTestId<HTMLInputElement>(root, 'memory-enabled')!;
    expect(toggle.checked).toBe(false);
    expect(byTestId(root, 'memory-list')).toBeNull();
    expect(root.textContent).toContain(`Up to ${MEMORY_LIMITS.articles} articles`);
    await act(async () => toggle.click());
    await settle();
    expect(fake.calls).toEqual(['set true']);
    expect(byTestId<HTMLInputElement>(root, 'memory-enabled')!.checked).toBe(true);
  });

  it('lists what it holds, newest first, and forgets it all on request', async () => {
    const records = remembered(Date.now());
    const fake = fakeMemory(records, true);
    const root = await renderView(platformWith({ memory: fake.memory }), h(ReadingMemory, {}));
    const titles = [...byTestId(root, 'memory-list')!.querySelectorAll('.pack-name')].map((e) => e.textContent);
    expect(titles).toEqual(records.map((r) => (r.article as { title: string }).title).reverse());
    const clear = byTestId<HTMLButtonElement>(root, 'memory-clear')!;
    expect(clear.textContent).toBe('Forget all 2 remembered articles');
    await act(async () => clear.click());
    await settle();
    expect(fake.calls).toEqual(['clear']);
    expect(byTestId(root, 'memory-list')).toBeNull();
  });

  it('leaves out records past the age limit', async () => {
    const now = Date.now();
    const records = remembered(now);
    records[0]!.rememberedAt = new Date(now - (MEMORY_LIMITS.days + 1) * 86_400_000).toISOString();
    const root = await renderView(platformWith({ memory: fakeMemory(records, true).memory }), h(ReadingMemory, {}));
    expect(byTestId(root, 'memory-list')!.querySelectorAll('li')).toHaveLength(1);
  });
});

describe('subscribing on the options page', () => {
  const subscriptionsWith = (answers: { access: boolean; subscribed?: Subscription }) => {
    const asked: string[] = [];
    const subscribed: string[] = [];
    const subscriptions: OptionsPlatform['subscriptions'] = {
      list: async () => (subscribed.length > 0 && answers.subscribed ? [answers.subscribed] : []),
      subscribe: async (url) => {
        subscribed.push(url.href);
        return answers.subscribed!;
      },
      refresh: async () => answers.subscribed!,
      unsubscribe: async () => undefined,
      requestOriginAccess: (origin) => {
        asked.push(origin);
        return Promise.resolve(answers.access);
      },
      onListChanged: () => undefined,
    };
    return { subscriptions, asked, subscribed };
  };

  const typeAndSubscribe = async (root: HTMLElement, address: string) => {
    const input = byTestId<HTMLInputElement>(root, 'subscription-url')!;
    await act(async () => {
      input.value = address;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => byTestId<HTMLButtonElement>(root, 'subscribe')!.click());
    await settle();
  };

  it('refuses a plain http address elsewhere than this machine without asking the browser for access', async () => {
    const fake = subscriptionsWith({ access: true });
    const root = await renderView(platformWith({ subscriptions: fake.subscriptions }), h(Subscriptions, { onChanged: () => undefined }));
    await typeAndSubscribe(root, 'http://news.example.org/packs/index.json');
    expect(fake.asked).toEqual([]);
    expect(byTestId(root, 'subscription-message')?.textContent).toContain('the address must start with https://');
  });

  it('asks access to that one site, and subscribes only when the reader allows it', async () => {
    const subscription: Subscription = { id: 'sub-1', url: 'https://news.example.org/packs/index.json', origin: 'https://news.example.org', addedAt: '2026-11-30T10:00:00Z', lastRefresh: '2026-11-30T10:00:05Z', packName: 'Example news', articleCount: 1234 };
    const refused = subscriptionsWith({ access: false, subscribed: subscription });
    let root = await renderView(platformWith({ subscriptions: refused.subscriptions }), h(Subscriptions, { onChanged: () => undefined }));
    await typeAndSubscribe(root, subscription.url);
    expect(refused.asked).toEqual(['https://news.example.org']);
    expect(refused.subscribed).toEqual([]);
    expect(byTestId(root, 'subscription-message')?.textContent).toBe('Not subscribed: Crosscheck was not allowed to reach https://news.example.org.');

    const allowed = subscriptionsWith({ access: true, subscribed: subscription });
    let changed = 0;
    root = await renderView(platformWith({ subscriptions: allowed.subscriptions }), h(Subscriptions, { onChanged: () => void changed++ }));
    await typeAndSubscribe(root, subscription.url);
    expect(allowed.subscribed).toEqual([subscription.url]);
    expect(changed).toBe(1);
    expect(byTestId(root, 'subscription-message')?.textContent).toContain('“Example news” (1,234 articles) is now searched');
    expect(byTestId(root, 'subscription-list')?.querySelector('[data-subscription-id="sub-1"]')).not.toBeNull();
  });

  it('counts a one-article pack in the singular', async () => {
    const subscription: Subscription = { id: 'sub-2', url: 'https://news.example.org/packs/one.json', origin: 'https://news.example.org', addedAt: '2026-11-30T10:00:00Z', lastRefresh: '2026-11-30T10:00:05Z', packName: 'One story', articleCount: 1 };
    const fake = subscriptionsWith({ access: true, subscribed: subscription });
    const root = await renderView(platformWith({ subscriptions: fake.subscriptions }), h(Subscriptions, { onChanged: () => undefined }));
    await typeAndSubscribe(root, subscription.url);
    expect(byTestId(root, 'subscription-message')?.textContent).toContain('“One story” (1 article) is now searched');
    expect(byTestId(root, 'subscription-list')?.textContent).toContain(' · 1 article');
    expect(byTestId(root, 'subscription-list')?.textContent).not.toContain('1 articles');
  });
});
