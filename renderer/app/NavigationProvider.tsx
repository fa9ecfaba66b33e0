import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { NavigationContext } from './NavigationContext';
import { hashForPage, pageFromHash, paramsFromHash, type PageId, type PageParams } from './pages';

export type NavigationProviderProps = { children: ReactNode };

interface Location {
  page: PageId;
  params: PageParams;
}

function locationFromHash(hash: string): Location {
  return { page: pageFromHash(hash), params: paramsFromHash(hash) };
}

/**
 * The page lives in location.hash so a reload, or Back in the browser build, returns to it.
 * No router: a few pages and a search query in the hash do not need one.
 */
export function NavigationProvider({ children }: NavigationProviderProps) {
  const [location, setLocation] = useState<Location>(() => locationFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setLocation(locationFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((page: PageId, params: PageParams = {}) => {
    const hash = hashForPage(page, params);
    setLocation(locationFromHash(hash));
    if (window.location.hash !== hash) window.location.hash = hash;
  }, []);

  const value = useMemo(() => ({ ...location, navigate }), [location, navigate]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
