import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { computeCoverage } from '../../../shared/coverage/coverage';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { GrassrootsOrg, PartyCell, Registration } from '../../../shared/domain/types';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { VnDataGrid } from '../../components/VnDataGrid';
import { cellDeleteImpact, deleteCell } from '../../db/repositories/cells';
import { useDb } from '../../db/useDb';
import { CellDialog } from './CellDialog';
import { buildCellRows, type CellRow } from './org-rows';
import { useCellColumns } from './useCellColumns';

export interface CellsPaneProps {
  orgs: GrassrootsOrg[] | undefined;
  cells: PartyCell[] | undefined;
  /** Registrations touching `year`. */
  registrations: Registration[] | undefined;
  year: number;
  /** The search a link asked for. */
  initialSearch?: string;
}

export function CellsPane({ orgs, cells, registrations, year, initialSearch }: CellsPaneProps) {
  const { t } = useTranslation('organizations');
  const db = useDb();
  const [editing, setEditing] = useState<PartyCell | null | undefined>(undefined);
  const deletion = useConfirmDelete();
  const { ask } = deletion;

  const onDelete = useCallback(
    (cell: PartyCell) =>
      ask(async () => {
        const impact = await cellDeleteImpact(db, cell.id);
        return {
          title: t('deleteCell.title'),
          message: t(impact.meetings > 0 ? 'deleteCell.messageWithMeetings' : 'deleteCell.message', { name: cell.name, ...impact }),
          run: () => deleteCell(db, cell.id),
        };
      }),
    [ask, db, t],
  );
  const columns = useCellColumns({ year, onEdit: setEditing, onDelete });
  const rows = useMemo(() => {
    // Waits for the registrations too: counts shown as 0 while loading would be read as facts.
    if (!orgs || !cells || !registrations) return [];
    const coverage = computeCoverage({ orgs, cells, registrations }, year);
    return buildCellRows(orgs, cells, coverage.registrantsByCell);
  }, [orgs, cells, registrations, year]);
  const searchText = useCallback((row: CellRow) => [row.name, row.orgName, ORG_TYPE_LABEL_VI[row.type]], []);
  const canAdd = (orgs ?? []).some((org) => org.kind === 'dang_bo_co_so');

  return (
    <Stack spacing={1} sx={{ flex: 1, minHeight: 0 }}>
      {deletion.errorAlert}
      <VnDataGrid
        aria-label={t('grid.cells')}
        rows={rows}
        columns={columns}
        searchText={searchText}
        initialSearch={initialSearch}
        offsetTop={210}
        loading={orgs === undefined || cells === undefined || registrations === undefined}
        onRowDoubleClick={(row) => setEditing(row.cell)}
        toolbar={
          <Tooltip title={canAdd ? '' : t('noDangBo')}>
            <span>
              <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)} disabled={!canAdd}>
                {t('addCell')}
              </Button>
            </span>
          </Tooltip>
        }
      />
      {editing !== undefined && <CellDialog cell={editing} orgs={orgs ?? []} onClose={() => setEditing(undefined)} />}
      {deletion.dialog}
    </Stack>
  );
}
