// The browser as the options page's views see it: given once by the entry file (options.tsx), a fake in tests.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { OptionsPlatform } from '../platform/seam.js';

export const OptionsPlatformContext = createContext<OptionsPlatform | undefined>(undefined);

export function useOptionsPlatform(): OptionsPlatform {
  const platform = useContext(OptionsPlatformContext);
  if (!platform) throw new Error('the options page was rendered without its platform');
  return platform;
}
