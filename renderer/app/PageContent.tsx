import type { ComponentType } from 'react';
import { BalancePage } from '../features/balance/BalancePage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ImportPage } from '../features/import/ImportPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { RecommendationsPage } from '../features/recommendations/RecommendationsPage';
import { OfficialsPage } from '../features/officials/OfficialsPage';
import { OrganizationsPage } from '../features/organizations/OrganizationsPage';
import { ProvincePage } from '../features/province/ProvincePage';
import { RegistrationsPage } from '../features/registrations/RegistrationsPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SynthesisPage } from '../features/synthesis/SynthesisPage';
import type { PageId } from './pages';

const PAGE_COMPONENTS: Record<PageId, ComponentType> = {
  dashboard: DashboardPage,
  organizations: OrganizationsPage,
  officials: OfficialsPage,
  registrations: RegistrationsPage,
  meetings: MeetingsPage,
  recommendations: RecommendationsPage,
  import: ImportPage,
  synthesis: SynthesisPage,
  balance: BalancePage,
  reports: ReportsPage,
  province: ProvincePage,
  settings: SettingsPage,
};

export type PageContentProps = { page: PageId };

export function PageContent({ page }: PageContentProps) {
  const Page = PAGE_COMPONENTS[page];
  return <Page />;
}
