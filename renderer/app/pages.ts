import type { SvgIconComponent } from '@mui/icons-material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import BalanceIcon from '@mui/icons-material/Balance';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventNoteIcon from '@mui/icons-material/EventNote';
import GroupsIcon from '@mui/icons-material/Groups';
import MapIcon from '@mui/icons-material/Map';
import SettingsIcon from '@mui/icons-material/Settings';
import SummarizeIcon from '@mui/icons-material/Summarize';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { AppMode } from '../../shared/domain/types';

export const PAGE_IDS = ['dashboard', 'organizations', 'officials', 'registrations', 'import', 'synthesis', 'balance', 'meetings', 'recommendations', 'reports', 'province', 'settings'] as const;
export type PageId = (typeof PAGE_IDS)[number];

export const DEFAULT_PAGE: PageId = 'dashboard';

export interface PageEntry {
  id: PageId;
  /** Key in the 'common' namespace. */
  labelKey: `nav.${PageId}`;
  icon: SvgIconComponent;
}

export const PAGES: readonly PageEntry[] = [
  { id: 'dashboard', labelKey: 'nav.dashboard', icon: DashboardIcon },
  { id: 'organizations', labelKey: 'nav.organizations', icon: AccountTreeIcon },
  { id: 'officials', labelKey: 'nav.officials', icon: GroupsIcon },
  { id: 'registrations', labelKey: 'nav.registrations', icon: EventNoteIcon },
  { id: 'import', labelKey: 'nav.import', icon: UploadFileIcon },
  { id: 'synthesis', labelKey: 'nav.synthesis', icon: SummarizeIcon },
  { id: 'balance', labelKey: 'nav.balance', icon: BalanceIcon },
  { id: 'meetings', labelKey: 'nav.meetings', icon: CalendarMonthIcon },
  { id: 'recommendations', labelKey: 'nav.recommendations', icon: FactCheckIcon },
  { id: 'reports', labelKey: 'nav.reports', icon: AssessmentIcon },
  { id: 'settings', labelKey: 'nav.settings', icon: SettingsIcon },
];

/** Province mode (Ban Tổ chức Tỉnh ủy) consolidates the districts' files: it has no district data pages of its own. */
export const PROVINCE_PAGES: readonly PageEntry[] = [
  { id: 'province', labelKey: 'nav.province', icon: MapIcon },
  ...PAGES.filter(({ id }) => id === 'settings'),
];

/** The pages the navigation offers in a mode: PAGES (the district's) or PROVINCE_PAGES. */
export function pagesForMode(mode: AppMode): readonly PageEntry[] {
  return mode === 'province' ? PROVINCE_PAGES : PAGES;
}

/** Where the app opens in a mode, and where a page the mode does not offer leads. */
export function defaultPageFor(mode: AppMode): PageId {
  return mode === 'province' ? 'province' : DEFAULT_PAGE;
}

export function isPageId(value: string): value is PageId {
  return (PAGE_IDS as readonly string[]).includes(value);
}

/** "#/officials" → 'officials'; anything unknown falls back to the dashboard. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isPageId(id) ? id : DEFAULT_PAGE;
}

/**
 * What a link asks the page to show, e.g. `q` (the grid's search) or `tab`. Pages read
 * them when they open; the clerk's own changes afterwards are not written back.
 */
export type PageParams = Readonly<Record<string, string>>;

/** "#/registrations?q=nguyen%20van%20an" → { q: 'nguyen van an' }. */
export function paramsFromHash(hash: string): PageParams {
  const at = hash.indexOf('?');
  return at < 0 ? {} : Object.fromEntries(new URLSearchParams(hash.slice(at + 1)));
}

export function hashForPage(id: PageId, params: PageParams = {}): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, value]) => value !== '')).toString();
  // URLSearchParams writes spaces as "+"; %20 reads the same and looks like what it is.
  return query ? `#/${id}?${query.replace(/\+/g, '%20')}` : `#/${id}`;
}
