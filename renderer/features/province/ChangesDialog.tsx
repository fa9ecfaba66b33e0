/**
 * "Xem thay đổi": what a district's newer file changed against the one it replaced: cells and
 * registrations added, removed or changed, and the period's figures before → after.
 */
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DashboardKpi } from '../../../shared/dashboard/types';
import type { CellRef, RegistrationRef, SubmissionChanges } from '../../../shared/submission/changes-types';
import { formatCount } from '../../components/format';
import { formatDateTimeVi } from '../../db/repositories/submissions';

export interface ChangesDialogProps {
  /** null: closed. */
  changes: SubmissionChanges | null;
  committeeName: string;
  periodText: string;
  onClose(): void;
}

const KPI_ROWS = [
  'cells',
  'covered',
  'uncovered',
  'crowded',
  'registrations',
  'officialsRegistered',
  'meetingsPlanned',
  'meetingsHeld',
  'recommendationsOpen',
  'recommendationsOverdue',
] as const satisfies readonly (keyof DashboardKpi)[];

function Section({ title, items, testId }: { title: string; items: string[]; testId: string }) {
  if (items.length === 0) return null;
  return (
    <>
      <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
        {title}
      </Typography>
      <ul data-testid={testId} style={{ marginTop: 4, marginBottom: 0 }}>
        {items.map((item, i) => (
          <li key={i}>
            <Typography variant="body2">{item}</Typography>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ChangesDialog({ changes, committeeName, periodText, onClose }: ChangesDialogProps) {
  const { t } = useTranslation('province');
  const cell = (c: CellRef) => t('changes.cell', { cell: c.name, org: c.orgName });
  const reg = (r: RegistrationRef) => t('changes.registration', { official: r.officialName, cell: r.cellName, org: r.orgName, period: r.periodText });
  return (
    <Dialog open={changes !== null} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="province-changes-title">
      <DialogTitle id="province-changes-title">{t('changes.title', { committee: committeeName, period: periodText })}</DialogTitle>
      {changes && (
        <DialogContent data-testid="province-changes-dialog">
          <Typography variant="body2">
            {t('changes.between', { from: formatDateTimeVi(changes.fromGeneratedAt), to: formatDateTimeVi(changes.toGeneratedAt) })}
          </Typography>
          {changes.unchanged && <Typography sx={{ mt: 1 }}>{t('changes.none')}</Typography>}
          <Section title={t('changes.cellsAdded', { count: changes.cellsAdded.length })} items={changes.cellsAdded.map(cell)} testId="changes-cells-added" />
          <Section title={t('changes.cellsRemoved', { count: changes.cellsRemoved.length })} items={changes.cellsRemoved.map(cell)} testId="changes-cells-removed" />
          <Section
            title={t('changes.registrationsAdded', { count: changes.registrationsAdded.length })}
            items={changes.registrationsAdded.map(reg)}
            testId="changes-registrations-added"
          />
          <Section
            title={t('changes.registrationsRemoved', { count: changes.registrationsRemoved.length })}
            items={changes.registrationsRemoved.map(reg)}
            testId="changes-registrations-removed"
          />
          <Section
            title={t('changes.registrationsChanged', { count: changes.registrationsChanged.length })}
            items={changes.registrationsChanged.map((c) => `${reg(c.before)} → ${reg(c.after)}`)}
            testId="changes-registrations-changed"
          />
          <Typography variant="subtitle2" component="h3" sx={{ mt: 2 }}>
            {t('changes.kpi')}
          </Typography>
          <Table size="small" data-testid="changes-kpi">
            <TableBody>
              {KPI_ROWS.map((key) => {
                const before = changes.kpiBefore[key];
                const after = changes.kpiAfter[key];
                return (
                  <TableRow key={key} data-testid={`changes-kpi-${key}`} sx={before === after ? undefined : { '& td': { fontWeight: 700 } }}>
                    <TableCell>{t(`kpi.${key}`)}</TableCell>
                    <TableCell align="right">
                      {formatCount(before)} → {formatCount(after)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={onClose} data-testid="province-changes-close">
          {t('changes.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
