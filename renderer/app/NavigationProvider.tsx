import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { NavigationContext } from './NavigationContext';
import { hashForPage, pageFromHash, type PageId } from './pages';

export type NavigationProviderProps = { children: ReactNode };

/**
 * The page lives in location.hash so a reload, or Back in the browser build, returns to it.
 * No router: six pages with no parameters do not need one.
 */
export function NavigationProvider({ children }: NavigationProviderProps) {
  const [page, setPage] = useState<PageId>(() => pageFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setPage(pageFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: PageId) => {
    setPage(next);
    if (window.location.hash !== hashForPage(next)) window.location.hash = hashForPage(next);
  }, []);

  const value = useMemo(() => ({ page, navigate }), [page, navigate]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
