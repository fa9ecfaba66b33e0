import { useContext } from 'react';
import { PlatformContext } from './PlatformContext';
import type { Platform } from './types';

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform must be used inside <PlatformProvider>');
  return platform;
}
