import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import { alpha } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BalanceRow, Place } from './balance-rows';

export interface SuggestionTableProps {
  rows: readonly BalanceRow[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
  onToggleAll: (select: boolean) => void;
}

/** "− An: Chi bộ thôn 1 (Đảng bộ xã X)" / "+ An: Chi bộ thôn 7 (…)", tinted like a diff. */
function DiffLine({ sign, official, place }: { sign: '−' | '+'; official: string; place: string }) {
  const color = sign === '+' ? 'success' : 'error';
  return (
    <Typography
      variant="body2"
      data-testid={sign === '+' ? 'diff-plus' : 'diff-minus'}
      sx={(theme) => ({ px: 0.75, borderRadius: 0.5, bgcolor: alpha(theme.palette[color].main, 0.08), color: `${color}.dark` })}
    >
      {sign} {official}: {place}
    </Typography>
  );
}

function ChangeCell({ row }: { row: BalanceRow }) {
  const { t } = useTranslation('balance');
  const gone = t('list.gone');
  const text = (p: Place | null) => (p ? (p.org ? `${p.cell} (${p.org})` : p.cell) : gone);
  const official = row.official ?? gone;
  const isMove = row.suggestion.kind === 'move';
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <Chip size="small" variant="outlined" label={t(isMove ? 'list.move' : 'list.add')} color={isMove ? 'info' : 'success'} sx={{ minWidth: 64 }} />
      <Box sx={{ display: 'grid', gap: 0.25, minWidth: 0 }}>
        {isMove && <DiffLine sign="−" official={official} place={text(row.from)} />}
        <DiffLine sign="+" official={official} place={text(row.to)} />
        {row.term && (
          <Typography variant="caption" color="text.secondary">
            {t('list.termNote', { start: row.term.startYear, end: row.term.endYear })}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function StatusCell({ row }: { row: BalanceRow }) {
  const { t } = useTranslation('balance');
  const icon = row.status === 'applied' ? <CheckCircleIcon fontSize="small" color="success" /> : row.status === 'stale' ? <WarningAmberIcon fontSize="small" color="warning" /> : null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center' }}>
      {icon}
      <Typography variant="body2" color={row.status === 'pending' ? 'text.primary' : 'text.secondary'}>
        {t(`list.${row.status}`)}
      </Typography>
    </Box>
  );
}

/** The suggestions as a diff, one row each, with the solver's reason beside it. */
export function SuggestionTable({ rows, selected, onToggle, onToggleAll }: SuggestionTableProps) {
  const { t } = useTranslation('balance');
  const pending = rows.filter((r) => r.status === 'pending');
  const chosen = pending.filter((r) => selected.has(r.key)).length;
  return (
    <TableContainer sx={{ maxHeight: 'max(360px, calc(100vh - 180px))', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t('list.label')} data-testid="balance-suggestions">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                indeterminate={chosen > 0 && chosen < pending.length}
                checked={pending.length > 0 && chosen === pending.length}
                disabled={pending.length === 0}
                onChange={(event) => onToggleAll(event.target.checked)}
                slotProps={{ input: { 'aria-label': t('list.selectAll') } }}
              />
            </TableCell>
            <TableCell sx={{ width: '44%' }}>{t('list.change')}</TableCell>
            <TableCell>{t('list.reason')}</TableCell>
            <TableCell sx={{ width: 150 }}>{t('list.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} hover data-testid="balance-row" data-kind={row.suggestion.kind} data-status={row.status} sx={{ verticalAlign: 'top' }}>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={row.status === 'pending' && selected.has(row.key)}
                  disabled={row.status !== 'pending'}
                  onChange={() => onToggle(row.key)}
                  slotProps={{ input: { 'aria-label': t('list.select', { index: row.index }) } }}
                />
              </TableCell>
              <TableCell>
                <ChangeCell row={row} />
              </TableCell>
              <TableCell>
                <Typography variant="body2">{row.suggestion.reason}</Typography>
              </TableCell>
              <TableCell>
                <StatusCell row={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
