import type { TFunction } from 'i18next';
import type { GrassrootsOrg, Official, PartyCell } from '../../../shared/domain/types';
import { scopeYears } from '../../../shared/synthesis/scope';
import type { Violation, ViolationKind, ViolationOf } from '../../../shared/synthesis/violations';
import { periodText, spanRuns, spanText } from './period-text';
import type { RecordLink } from './useOpenRecord';
import type { LiveSynthesis } from './useSynthesis';

/** One line of "Các điểm cần xử lý", ready to show. */
export interface ViolationItem {
  key: string;
  kind: ViolationKind;
  /** The cell ("Chi bộ thôn 1 — Đảng bộ xã …") or the official. */
  title: string;
  detail: string;
  /** Key under violations.open. */
  action: 'registrations' | 'official' | 'cell';
  link: RecordLink;
}

interface Lookup {
  t: TFunction;
  s: LiveSynthesis;
  cells: Map<string, { cell: PartyCell; org: GrassrootsOrg }>;
  officials: Map<string, Official>;
}

const cellTitle = ({ cell, org }: { cell: PartyCell; org: GrassrootsOrg }) =>
  cell.name === org.name ? cell.name : `${cell.name} — ${org.name}`;
const cellSearch = ({ cell, org }: { cell: PartyCell; org: GrassrootsOrg }) =>
  cell.name === org.name ? cell.name : `${cell.name} ${org.name}`;

/** The year a link should open, when the item is about one year. */
const singleYear = (span: { startYear: number; endYear: number } | undefined) =>
  span && span.startYear === span.endYear ? span.startYear : undefined;

function describe(v: Violation, lookup: Lookup): ViolationItem | undefined {
  const { t, cells } = lookup;
  const base = { kind: v.kind };
  switch (v.kind) {
    case 'uncoveredCell': {
      const row = cells.get(v.cellId);
      if (!row) return undefined;
      const spans = spanRuns(v.spans.map((span) => ({ span, count: 0 })))
        .map((run) => spanText(t, run))
        .join('; ');
      return {
        ...base,
        key: `${v.kind}:${v.cellId}`,
        title: cellTitle(row),
        detail: t('violations.detail.uncoveredCell', { spans }),
        action: 'cell',
        link: { page: 'organizations', params: { tab: 'cells', q: cellSearch(row) }, year: singleYear(v.spans[0]) },
      };
    }
    case 'crowdedCell': {
      const row = cells.get(v.cellId);
      if (!row) return undefined;
      const counts = spanRuns(v.years.map(({ year, count }) => ({ span: { startYear: year, endYear: year }, count })))
        .map((run) => t('violations.peopleIn', { span: spanText(t, run), n: run.count }))
        .join('; ');
      return {
        ...base,
        key: `${v.kind}:${v.cellId}`,
        title: cellTitle(row),
        detail: t('violations.detail.crowdedCell', { counts, limit: v.limit }),
        action: 'registrations',
        link: { page: 'registrations', params: { q: cellSearch(row) }, year: v.years[0]?.year },
      };
    }
    case 'officialUnderMinimum':
    case 'officialOverCapacity':
      return describeOfficial(v, lookup);
    case 'duplicateRegistration':
      return describeDuplicate(v, lookup);
  }
}

function describeOfficial(
  v: ViolationOf<'officialUnderMinimum' | 'officialOverCapacity'>,
  { t, officials }: Lookup,
): ViolationItem | undefined {
  const official = officials.get(v.officialId);
  if (!official) return undefined;
  const key = `${v.kind}:${v.officialId}`;
  if (v.kind === 'officialUnderMinimum') {
    const counts = spanRuns(v.spans)
      .map((run) => t('violations.cellsIn', { span: spanText(t, run), n: run.count }))
      .join('; ');
    return {
      key,
      kind: v.kind,
      title: official.name,
      detail: t('violations.detail.officialUnderMinimum', { counts, minimum: v.minimum }),
      action: 'official',
      link: { page: 'officials', params: { q: official.name }, year: singleYear(v.spans[0]?.span) },
    };
  }
  const counts = spanRuns(v.years.map(({ year, count }) => ({ span: { startYear: year, endYear: year }, count })))
    .map((run) => t('violations.cellsIn', { span: spanText(t, run), n: run.count }))
    .join('; ');
  return {
    key,
    kind: v.kind,
    title: official.name,
    detail: t('violations.detail.officialOverCapacity', { counts, capacity: v.capacity }),
    action: 'registrations',
    link: { page: 'registrations', params: { q: official.name }, year: v.years[0]?.year },
  };
}

function describeDuplicate(v: ViolationOf<'duplicateRegistration'>, { t, s, cells, officials }: Lookup): ViolationItem | undefined {
  const official = officials.get(v.officialId);
  const row = cells.get(v.cellId);
  const [first, second] = v.registrationIds.map((id) => s.registrationById.get(id));
  if (!official || !row || !first || !second) return undefined;
  // Open the first year of the scope both registrations touch: that is where they collide.
  const year = scopeYears(s.scope).find((y) => first.years.includes(y) && second.years.includes(y));
  return {
    key: `${v.kind}:${v.registrationIds.join(':')}`,
    kind: v.kind,
    title: official.name,
    detail: t('violations.detail.duplicateRegistration', {
      cell: cellTitle(row),
      first: periodText(t, first.period),
      second: periodText(t, second.period),
    }),
    action: 'registrations',
    link: { page: 'registrations', params: { q: `${official.name} ${cellSearch(row)}` }, year },
  };
}

/** Every violation of the synthesis as a line to show, in the order the synthesis found them. */
export function violationItems(t: TFunction, s: LiveSynthesis): ViolationItem[] {
  const lookup: Lookup = {
    t,
    s,
    cells: new Map(s.cells.map((row) => [row.cell.id, row])),
    officials: new Map(s.officials.map((row) => [row.official.id, row.official])),
  };
  return s.violations.flatMap((v) => describe(v, lookup) ?? []);
}
