/**
 * The drill-down's heading: what the list holds, said in full, so a printed or shared screen
 * needs no chart beside it ("Chi bộ chưa có người đăng ký · Loại hình: Xã · Năm 2025").
 * Pure: the filter and the labels the page already has; the words come from the catalogue.
 */
import type { TFunction } from 'i18next';
import { ORG_TYPE_LABEL_VI } from '../../../../shared/domain/labels-vi';
import type { Quarter } from '../../../../shared/domain/types';
import type { DrillFilter } from '../../../../shared/dashboard/types';

export interface DrillTitleLabels {
  /** The dashboard period, as the page shows it ("Năm 2025", "Quý III năm 2025"). */
  periodLabel: string;
  /** The name of `filter.orgId`'s organization, when the page knows it. */
  orgName?: string | null;
  /** The dashboard's scope when it is narrower than the whole committee (an organization's name). */
  scopeLabel?: string | null;
}

const SEPARATOR = ' · ';

const ROMAN: Record<Quarter, string> = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' };

/** The heading's pieces, most important first: what is listed, its narrowing, then the time span. */
export function drillTitleParts(t: TFunction, filter: DrillFilter, labels: DrillTitleLabels): string[] {
  switch (filter.kind) {
    case 'cells':
      return [
        t(`drill.title.cells.${filter.coverage ?? 'all'}`),
        ...(filter.bucket ? [t(`drill.title.bucket.${filter.bucket}`)] : []),
        ...(filter.type ? [t('drill.title.type', { type: ORG_TYPE_LABEL_VI[filter.type] })] : []),
        // The filter's organization says more than the dashboard's scope (it is inside it).
        ...(filter.orgId ? [orgPart(t, labels.orgName)] : scope(labels)),
        labels.periodLabel,
      ];
    case 'meetings':
      return [t(`drill.title.meetings.${filter.status ?? 'all'}`), ...scope(labels), ...meetingSpan(t, filter, labels.periodLabel)];
    case 'recommendations': {
      const status = filter.status;
      const what =
        status === 'open' || status === 'overdue'
          ? [t(`drill.title.recommendations.${status}`)]
          : [t('drill.title.recommendations.all'), ...(status ? [t('drill.title.status', { status: t(`drill.recStatus.${status}`) })] : [])];
      return [...what, ...scope(labels), labels.periodLabel];
    }
  }
}

function orgPart(t: TFunction, orgName: string | null | undefined): string {
  return orgName ? t('drill.title.org', { org: orgName }) : t('drill.title.orgUnknown');
}

function scope(labels: DrillTitleLabels): string[] {
  return labels.scopeLabel ? [labels.scopeLabel] : [];
}

/** A chart's quarter is narrower than the dashboard period, so it replaces it when the year is known. */
function meetingSpan(t: TFunction, filter: Extract<DrillFilter, { kind: 'meetings' }>, periodLabel: string): string[] {
  const { year, quarter } = filter;
  if (year !== undefined && quarter !== undefined) return [t('drill.title.quarterOfYear', { quarter: ROMAN[quarter], year })];
  if (year !== undefined) return [t('drill.title.year', { year })];
  if (quarter !== undefined) return [t('drill.title.quarter', { quarter: ROMAN[quarter] }), periodLabel];
  return [periodLabel];
}

export function drillTitle(t: TFunction, filter: DrillFilter, labels: DrillTitleLabels): string {
  return drillTitleParts(t, filter, labels)
    .filter((part) => part !== '')
    .join(SEPARATOR);
}
