import { useContext } from 'react';
import { NavigationContext, type Navigation } from './NavigationContext';
import type { PageParams } from './pages';

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside <NavigationProvider>');
  return navigation;
}

const NO_PARAMS: PageParams = {};

/**
 * The params of the link that opened the page, or none. Unlike useNavigation it works
 * outside <NavigationProvider>, so pages render on their own in tests.
 */
export function usePageParams(): PageParams {
  return useContext(NavigationContext)?.params ?? NO_PARAMS;
}
