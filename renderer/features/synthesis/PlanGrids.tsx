import Typography from '@mui/material/Typography';
import type { GridColDef } from '@mui/x-data-grid';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { VnDataGrid } from '../../components/VnDataGrid';
import {
  buildCellRows,
  buildOfficialRows,
  buildOrgRows,
  buildTypeRows,
  type CellPlanRow,
  type OfficialPlanRow,
  type OrgCoverageRow,
  type TypeCoverageGridRow,
} from './synthesis-rows';
import type { RecordLink } from './useOpenRecord';
import type { LiveSynthesis } from './useSynthesis';

export type PlanGridProps = {
  synthesis: LiveSynthesis;
  onOpen: (link: RecordLink) => void;
  /** Pixels above the grid (see VnDataGrid). */
  offsetTop: number;
};

const number = (field: string, headerName: string, width = 110) =>
  ({ field, headerName, type: 'number', width }) as const;

/** "Theo chi bộ": each cell, who registered and when; a double-click opens its registrations. */
export function CellPlanGrid({ synthesis, onOpen, offsetTop }: PlanGridProps) {
  const { t } = useTranslation('synthesis');
  const rows = useMemo(() => buildCellRows(t, synthesis), [t, synthesis]);
  const columns = useMemo<GridColDef<CellPlanRow>[]>(
    () => [
      { field: 'cellName', headerName: t('columns.cell'), flex: 1.2, minWidth: 160 },
      { field: 'orgName', headerName: t('columns.org'), flex: 1.2, minWidth: 160 },
      { field: 'typeLabel', headerName: t('columns.type'), width: 150 },
      number('registrants', t('columns.registrants'), 100),
      number('registrations', t('columns.registrations'), 100),
      { field: 'plan', headerName: t('columns.cellPlan'), flex: 2.5, minWidth: 260 },
      { field: 'status', headerName: t('columns.status'), flex: 1, minWidth: 150 },
    ],
    [t],
  );
  const searchText = useCallback((row: CellPlanRow) => [row.cellName, row.orgName, row.typeLabel, row.plan, row.status], []);
  return (
    <VnDataGrid
      aria-label={t('grid.cells')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      offsetTop={offsetTop}
      toolbar={<OpenHint />}
      onRowDoubleClick={(row) =>
        onOpen({ page: 'registrations', params: { q: searchFor(row.cellName, row.orgName) }, year: linkYear(synthesis) })
      }
    />
  );
}

function OpenHint() {
  const { t } = useTranslation('synthesis');
  return (
    <Typography variant="caption" color="text.secondary">
      {t('grid.openHint')}
    </Typography>
  );
}

/** A year or quarter opens its year; a term keeps the working year. */
function linkYear({ scope }: LiveSynthesis): number | undefined {
  return scope.kind === 'term' ? undefined : scope.year;
}

function searchFor(cellName: string, orgName: string): string {
  return cellName === orgName ? cellName : `${cellName} ${orgName}`;
}

/** "Theo cán bộ": each official, which cells and when, against their capacity. */
export function OfficialPlanGrid({ synthesis, onOpen, offsetTop }: PlanGridProps) {
  const { t } = useTranslation('synthesis');
  const rows = useMemo(() => buildOfficialRows(t, synthesis), [t, synthesis]);
  const columns = useMemo<GridColDef<OfficialPlanRow>[]>(
    () => [
      { field: 'name', headerName: t('columns.official'), flex: 1.2, minWidth: 170 },
      { field: 'position', headerName: t('columns.position'), flex: 1, minWidth: 150 },
      number('cells', t('columns.cells'), 100),
      number('registrations', t('columns.registrations'), 100),
      number('capacity', t('columns.capacity'), 110),
      { field: 'plan', headerName: t('columns.officialPlan'), flex: 2.5, minWidth: 260 },
      { field: 'status', headerName: t('columns.status'), flex: 1, minWidth: 150 },
    ],
    [t],
  );
  const searchText = useCallback((row: OfficialPlanRow) => [row.name, row.position, row.plan, row.status], []);
  return (
    <VnDataGrid
      aria-label={t('grid.officials')}
      rows={rows}
      columns={columns}
      searchText={searchText}
      offsetTop={offsetTop}
      toolbar={<OpenHint />}
      onRowDoubleClick={(row) => onOpen({ page: 'registrations', params: { q: row.name }, year: linkYear(synthesis) })}
    />
  );
}

function countColumns<R extends OrgCoverageRow | TypeCoverageGridRow>(t: (key: string) => string): GridColDef<R>[] {
  return [
    number('cells', t('columns.cellCount'), 120),
    number('covered', t('columns.covered'), 140),
    number('uncovered', t('columns.uncovered'), 130),
    number('crowded', t('columns.crowded'), 130),
    number('registrants', t('columns.registrants'), 100),
    number('registrations', t('columns.registrations'), 100),
  ];
}

/** "Theo tổ chức cơ sở đảng": covered and uncovered cells of each organization. */
export function OrgCoverageGrid({ synthesis, offsetTop }: Omit<PlanGridProps, 'onOpen'>) {
  const { t } = useTranslation('synthesis');
  const rows = useMemo(() => buildOrgRows(synthesis), [synthesis]);
  const columns = useMemo<GridColDef<OrgCoverageRow>[]>(
    () => [
      { field: 'name', headerName: t('columns.org'), flex: 1.5, minWidth: 200 },
      { field: 'typeLabel', headerName: t('columns.type'), width: 170 },
      ...countColumns<OrgCoverageRow>(t),
    ],
    [t],
  );
  const searchText = useCallback((row: OrgCoverageRow) => [row.name, row.typeLabel], []);
  return <VnDataGrid aria-label={t('grid.orgs')} rows={rows} columns={columns} searchText={searchText} offsetTop={offsetTop} />;
}

/** "Theo loại hình": the same counts per type of grassroots organization. */
export function TypeCoverageGrid({ synthesis, offsetTop }: Omit<PlanGridProps, 'onOpen'>) {
  const { t } = useTranslation('synthesis');
  const rows = useMemo(() => buildTypeRows(synthesis), [synthesis]);
  const columns = useMemo<GridColDef<TypeCoverageGridRow>[]>(
    () => [
      { field: 'typeLabel', headerName: t('columns.type'), flex: 1.2, minWidth: 200 },
      number('orgs', t('columns.orgs'), 110),
      ...countColumns<TypeCoverageGridRow>(t),
    ],
    [t],
  );
  const searchText = useCallback((row: TypeCoverageGridRow) => [row.typeLabel], []);
  return <VnDataGrid aria-label={t('grid.types')} rows={rows} columns={columns} searchText={searchText} offsetTop={offsetTop} />;
}
