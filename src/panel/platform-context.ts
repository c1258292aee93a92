// The browser as the panel's views see it: given once by the entry file (panel.tsx), a fake in tests.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelPlatform } from '../platform/seam.js';

export const PanelPlatformContext = createContext<PanelPlatform | undefined>(undefined);

export function usePanelPlatform(): PanelPlatform {
  const platform = useContext(PanelPlatformContext);
  if (!platform) throw new Error('the panel was rendered without its platform');
  return platform;
}
