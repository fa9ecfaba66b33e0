import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_GROUP_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { Official } from '../../../shared/domain/types';
import { usePageParams } from '../../app/useNavigation';
import { SettingsGate } from '../../components/SettingsGate';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { VnDataGrid } from '../../components/VnDataGrid';
import { deleteOfficial, officialDeleteImpact } from '../../db/repositories/officials';
import { listRegistrationsForYear } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import { buildOfficialRows, type OfficialRow } from './official-rows';
import { OfficialDialog } from './OfficialDialog';
import { useOfficialColumns } from './useOfficialColumns';

export type OfficialsPageProps = Record<string, never>;

/** "Cán bộ đăng ký": the provincial officials who register, with this year's load. */
export function OfficialsPage(_props: OfficialsPageProps) {
  return <SettingsGate>{(settings) => <OfficialsView year={settings.currentYear} />}</SettingsGate>;
}

function OfficialsView({ year }: { year: number }) {
  const { t } = useTranslation('officials');
  const db = useDb();
  const officials = useLiveQuery(() => db.officials.toArray(), [db]);
  const registrations = useLiveQuery(() => listRegistrationsForYear(db, year), [db, year]);
  const initialSearch = usePageParams().q;
  // undefined: closed; null: adding; an official: editing them.
  const [editing, setEditing] = useState<Official | null | undefined>(undefined);
  const deletion = useConfirmDelete();
  const { ask } = deletion;

  const onDelete = useCallback(
    (official: Official) =>
      ask(async () => {
        const impact = await officialDeleteImpact(db, official.id);
        return {
          title: t('deleteDialog.title'),
          message: t(impact.meetings > 0 ? 'deleteDialog.messageWithMeetings' : 'deleteDialog.message', { name: official.name, ...impact }),
          run: () => deleteOfficial(db, official.id),
        };
      }),
    [ask, db, t],
  );
  const columns = useOfficialColumns({ year, onEdit: setEditing, onDelete });
  // Rows wait for both queries: counts shown as 0 while still loading would be read as facts.
  const rows = useMemo(
    () => (officials && registrations ? buildOfficialRows(officials, registrations) : []),
    [officials, registrations],
  );
  const searchText = useCallback(
    (row: OfficialRow) => [row.name, row.position, OFFICIAL_GROUP_LABEL_VI[row.group], row.committee, row.area, row.field],
    [],
  );

  return (
    <Stack spacing={1}>
      <Typography variant="h5" component="h1">
        {t('title')}
      </Typography>
      {deletion.errorAlert}
      <VnDataGrid
        aria-label={t('grid')}
        rows={rows}
        columns={columns}
        searchText={searchText}
        initialSearch={initialSearch}
        loading={officials === undefined || registrations === undefined}
        onRowDoubleClick={(row) => setEditing(row.official)}
        offsetTop={156}
        toolbar={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)}>
            {t('add')}
          </Button>
        }
      />
      {editing !== undefined && <OfficialDialog official={editing} onClose={() => setEditing(undefined)} />}
      {deletion.dialog}
    </Stack>
  );
}

export default OfficialsPage;
