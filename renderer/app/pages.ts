import type { SvgIconComponent } from '@mui/icons-material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import DashboardIcon from '@mui/icons-material/Dashboard';
import EventNoteIcon from '@mui/icons-material/EventNote';
import GroupsIcon from '@mui/icons-material/Groups';
import SettingsIcon from '@mui/icons-material/Settings';

export const PAGE_IDS = ['dashboard', 'organizations', 'officials', 'registrations', 'reports', 'settings'] as const;
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
  { id: 'reports', labelKey: 'nav.reports', icon: AssessmentIcon },
  { id: 'settings', labelKey: 'nav.settings', icon: SettingsIcon },
];

export function isPageId(value: string): value is PageId {
  return (PAGE_IDS as readonly string[]).includes(value);
}

/** "#/officials" → 'officials'; anything unknown falls back to the dashboard. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return isPageId(id) ? id : DEFAULT_PAGE;
}

export function hashForPage(id: PageId): string {
  return `#/${id}`;
}
