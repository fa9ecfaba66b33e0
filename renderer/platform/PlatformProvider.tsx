import type { ReactNode } from 'react';
import { getPlatform } from './index';
import { PlatformContext } from './PlatformContext';
import type { Platform } from './types';

export type PlatformProviderProps = {
  /** Tests pass their own implementation; the app uses the one for its runtime. */
  platform?: Platform;
  children: ReactNode;
};

export function PlatformProvider({ platform, children }: PlatformProviderProps) {
  return <PlatformContext.Provider value={platform ?? getPlatform()}>{children}</PlatformContext.Provider>;
}
