import type { BackgroundPlatform } from '../platform/seam.js';
import { tabStateKey, type FollowResult } from '../messages.js';
import type { TabAnalyser } from './analyse-tab.js';

/**
 * The panel switched to a tab it has no report for. Chrome's activeTab grant from a toolbar click
 * lasts while the tab stays on the same site (a click inside the panel grants nothing), so a tab the
 * reader analysed and then navigated within the site is analysed again here; any other page waits
 * for the reader's click on the toolbar button.
 */
export async function followTab(platform: BackgroundPlatform, analyser: TabAnalyser, tabId: number): Promise<FollowResult> {
  if ((await platform.session.get(tabStateKey(tabId))) !== undefined || analyser.isAnalysing(tabId)) return { outcome: 'has-report' };
  const tab = await platform.getTab(tabId);
  if (!tab) return { outcome: 'needs-click' };
  if (tab.status === 'loading') return { outcome: 'loading' };
  if (!(await platform.canReadTab(tabId))) return { outcome: 'needs-click' };
  // The grant also shows the tab's address, which the report keeps.
  const url = (await platform.getTab(tabId))?.url;
  void analyser.analyseTab(tabId, url);
  return { outcome: 'started' };
}
