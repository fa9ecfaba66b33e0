import { createContext } from 'react';
import type { PageId } from './pages';

export interface Navigation {
  page: PageId;
  navigate(page: PageId): void;
}

export const NavigationContext = createContext<Navigation | null>(null);
