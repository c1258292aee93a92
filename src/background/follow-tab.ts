import { browser, canReadTab, sessionStorage } from '../platform/browser.js';
import { tabStateKey, type FollowResult } from '../messages.js';
import { analyseTab, isAnalysing } from './analyse-tab.js';

/**
 * The panel switched to a tab it has no report for. Chrome's activeTab grant from a toolbar click
 * lasts while the tab stays on the same site (a click inside the panel grants nothing), so a tab the
 * reader analysed and then navigated within the site is analysed again here; any other page waits
 * for the reader's click on the toolbar button.
 */
export async function followTab(tabId: number): Promise<FollowResult> {
  const key = tabStateKey(tabId);
  if ((await sessionStorage().get(key))[key] !== undefined || isAnalysing(tabId)) return { outcome: 'has-report' };
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { outcome: 'needs-click' };
  if (tab.status === 'loading') return { outcome: 'loading' };
  if (!(await canReadTab(tabId))) return { outcome: 'needs-click' };
  // The grant also shows the tab's address, which the report keeps.
  const { url } = await browser.tabs.get(tabId);
  void analyseTab(tabId, url);
  return { outcome: 'started' };
}
