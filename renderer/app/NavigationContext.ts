import { createContext } from 'react';
import type { PageId, PageParams } from './pages';

export interface Navigation {
  page: PageId;
  /** What the link that opened the page asked for (see PageParams); empty from the side menu. */
  params: PageParams;
  navigate(page: PageId, params?: PageParams): void;
}

export const NavigationContext = createContext<Navigation | null>(null);
