import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { VnDataGrid } from '../../components/VnDataGrid';
import { deleteOrg, orgDeleteImpact } from '../../db/repositories/orgs';
import { useDb } from '../../db/useDb';
import { buildOrgRows, type OrgRow } from './org-rows';
import { OrgDialog } from './OrgDialog';
import { useOrgColumns } from './useOrgColumns';

export interface OrgsPaneProps {
  orgs: readonly GrassrootsOrg[] | undefined;
  cells: readonly PartyCell[] | undefined;
}

export function OrgsPane({ orgs, cells }: OrgsPaneProps) {
  const { t } = useTranslation('organizations');
  const db = useDb();
  // undefined: closed; null: adding; an org: editing it.
  const [editing, setEditing] = useState<GrassrootsOrg | null | undefined>(undefined);
  const deletion = useConfirmDelete();
  const { ask } = deletion;

  const onDelete = useCallback(
    (org: GrassrootsOrg) =>
      ask(async () => {
        const impact = await orgDeleteImpact(db, org.id);
        return {
          title: t('deleteOrg.title'),
          message: t(impact.meetings > 0 ? 'deleteOrg.messageWithMeetings' : 'deleteOrg.message', { name: org.name, ...impact }),
          run: () => deleteOrg(db, org.id),
        };
      }),
    [ask, db, t],
  );
  const columns = useOrgColumns({ onEdit: setEditing, onDelete });
  // Rows wait for the cells too: "0 chi bộ" shown while they load would be read as a fact.
  const rows = useMemo(() => (orgs && cells ? buildOrgRows(orgs, cells) : []), [orgs, cells]);
  const searchText = useCallback(
    (row: OrgRow) => [row.name, ORG_TYPE_LABEL_VI[row.type], t(`kind.${row.kind}`)],
    [t],
  );

  return (
    <Stack spacing={1} sx={{ flex: 1, minHeight: 0 }}>
      {deletion.errorAlert}
      <VnDataGrid
        aria-label={t('grid.orgs')}
        rows={rows}
        columns={columns}
        searchText={searchText}
        offsetTop={210}
        loading={orgs === undefined || cells === undefined}
        onRowDoubleClick={(row) => setEditing(row.org)}
        toolbar={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)}>
            {t('addOrg')}
          </Button>
        }
      />
      {editing !== undefined && <OrgDialog org={editing} onClose={() => setEditing(undefined)} />}
      {deletion.dialog}
    </Stack>
  );
}
