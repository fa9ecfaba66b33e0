/**
 * What a tile says in words: its accessible name (everything its colour and dot say, plus the
 * names) and the registrants' names for the tooltip and the card.
 */
import type { TFunction } from 'i18next';
import type { DashboardCell } from '../../../../shared/dashboard/types';
import { formatCount } from '../../../components/format';

/** A deleted official (null name) still occupies the cell, and says so. `t` of the dashboard namespace. */
export function registrantNames(t: TFunction, cell: DashboardCell): string[] {
  return cell.registrants.map((r) => r.name ?? t('matrix.deletedOfficial'));
}

/** "Chi bộ xóm 1 — 2 người đăng ký: Nguyễn Văn An, Trần Thị Bình". */
export function tileLabel(t: TFunction, cell: DashboardCell): string {
  const count = cell.registrants.length;
  const base =
    count === 0
      ? t('matrix.tile.none', { cell: cell.cellName })
      : t('matrix.tile.some', { cell: cell.cellName, count: formatCount(count), names: registrantNames(t, cell).join(', ') });
  return cell.crowded ? t('matrix.tile.crowded', { label: base }) : base;
}
