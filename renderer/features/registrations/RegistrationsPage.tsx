import AddIcon from '@mui/icons-material/Add';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodVi } from '../../../shared/domain/labels-vi';
import type { Registration, Settings } from '../../../shared/domain/types';
import { usePageParams } from '../../app/useNavigation';
import { formatCount } from '../../components/format';
import { SettingsGate } from '../../components/SettingsGate';
import { useConfirmDelete } from '../../components/useConfirmDelete';
import { VnDataGrid } from '../../components/VnDataGrid';
import { deleteRegistration, listRegistrationsForYear, registrationDeleteImpact } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import { buildRegistrationRows, registrationTotals, type RegistrationRow } from './registration-rows';
import { RegistrationDialog } from './RegistrationDialog';
import { useRegistrationColumns } from './useRegistrationColumns';

export type RegistrationsPageProps = Record<string, never>;

/** "Đăng ký dự sinh hoạt" for the working year chosen in the app bar. */
export function RegistrationsPage(_props: RegistrationsPageProps) {
  return <SettingsGate>{(settings) => <RegistrationsView settings={settings} />}</SettingsGate>;
}

function RegistrationsView({ settings }: { settings: Settings }) {
  const { t } = useTranslation('registrations');
  const db = useDb();
  const year = settings.currentYear;
  const registrations = useLiveQuery(() => listRegistrationsForYear(db, year), [db, year]);
  const officials = useLiveQuery(() => db.officials.toArray(), [db]);
  const cells = useLiveQuery(() => db.cells.toArray(), [db]);
  const orgs = useLiveQuery(() => db.orgs.toArray(), [db]);
  const initialSearch = usePageParams().q;
  // undefined: closed; null: adding; a registration: editing it.
  const [editing, setEditing] = useState<Registration | null | undefined>(undefined);
  const deletion = useConfirmDelete();
  const { ask } = deletion;

  const onDelete = useCallback(
    (row: RegistrationRow) =>
      ask(async () => {
        const impact = await registrationDeleteImpact(db, row.id);
        return {
          title: t('deleteDialog.title'),
          message: t(impact.meetings > 0 ? 'deleteDialog.messageWithMeetings' : 'deleteDialog.message', {
            official: row.officialName,
            cell: row.cellName,
            time: formatPeriodVi(row.registration.period),
            ...impact,
          }),
          run: () => deleteRegistration(db, row.id),
        };
      }),
    [ask, db, t],
  );
  const columns = useRegistrationColumns({ onEdit: setEditing, onDelete });
  // Rows wait for every table: a row missing its official's or cell's name would look like bad data.
  const rows = useMemo(
    () => (registrations && officials && cells && orgs ? buildRegistrationRows(registrations, officials, cells, orgs) : []),
    [registrations, officials, cells, orgs],
  );
  const totals = useMemo(() => registrationTotals(registrations ?? []), [registrations]);
  const searchText = useCallback(
    (row: RegistrationRow) => [row.officialName, row.position, row.cellName, row.orgName, row.registration.note],
    [],
  );
  const loading = [registrations, officials, cells, orgs].some((table) => table === undefined);

  return (
    <Stack spacing={1}>
      <Typography variant="h5" component="h1">
        {t('title')} — {t('year')} {year}
      </Typography>
      <Typography variant="body2" color="text.secondary" data-testid="registration-totals">
        {t('summary', {
          registrations: formatCount(totals.registrations),
          people: formatCount(totals.people),
          cells: formatCount(totals.cells),
        })}
      </Typography>
      {deletion.errorAlert}
      <VnDataGrid
        aria-label={t('grid', { year })}
        rows={rows}
        columns={columns}
        searchText={searchText}
        initialSearch={initialSearch}
        loading={loading}
        onRowDoubleClick={(row) => setEditing(row.registration)}
        offsetTop={184}
        toolbar={
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setEditing(null)} disabled={loading}>
            {t('add')}
          </Button>
        }
      />
      {editing !== undefined && (
        <RegistrationDialog
          registration={editing}
          officials={officials ?? []}
          cells={cells ?? []}
          orgs={orgs ?? []}
          settings={settings}
          year={year}
          onClose={() => setEditing(undefined)}
        />
      )}
      {deletion.dialog}
    </Stack>
  );
}

export default RegistrationsPage;
