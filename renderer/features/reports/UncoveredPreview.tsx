import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { ORG_TYPE_LABEL_VI } from '../../../shared/domain/labels-vi';
import type { GrassrootsOrg, PartyCell } from '../../../shared/domain/types';
import { formatCount } from '../../components/format';

export interface UncoveredPreviewProps {
  rows: readonly { cell: PartyCell; org: GrassrootsOrg }[];
  year: number;
}

/** The rows the workbook will list, in its column order, so the clerk checks them before sending anything up. */
export function UncoveredPreview({ rows, year }: UncoveredPreviewProps) {
  const { t } = useTranslation('reports');
  return (
    <TableContainer sx={{ maxHeight: 420, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" stickyHeader aria-label={t('uncovered.previewLabel', { year })} data-testid="uncovered-preview">
        <TableHead>
          <TableRow>
            <TableCell align="right">{t('uncovered.columns.index')}</TableCell>
            <TableCell>{t('uncovered.columns.org')}</TableCell>
            <TableCell>{t('uncovered.columns.type')}</TableCell>
            <TableCell>{t('uncovered.columns.cell')}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {t('uncovered.columns.members')}
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ cell, org }, index) => (
            <TableRow key={cell.id}>
              <TableCell align="right">{index + 1}</TableCell>
              <TableCell>{org.name}</TableCell>
              <TableCell>{ORG_TYPE_LABEL_VI[org.type]}</TableCell>
              <TableCell>{cell.name}</TableCell>
              <TableCell align="right">{formatCount(cell.memberCount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
