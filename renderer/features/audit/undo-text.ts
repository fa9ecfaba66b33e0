import type { TFunction } from 'i18next';
import { isDomainError } from '../../../shared/domain/errors';
import type { AuditRow } from '../../db/audit-types';
import { formatAuditTime } from '../../db/audit-summary';
import { errorMessage } from '../../i18n/errors';

/** Parents before what hangs off them, as the clerk thinks of the data; other tables after. */
const TABLE_ORDER = ['settings', 'orgs', 'cells', 'officials', 'registrations', 'meetings', 'recommendations', 'submissions'];
const rank = (table: string) => (TABLE_ORDER.includes(table) ? TABLE_ORDER.indexOf(table) : TABLE_ORDER.length);

/** "1 tổ chức cơ sở đảng, 3 chi bộ, 12 đăng ký": how many records of each table, in the UI language. */
function listCounts(t: TFunction, counts: Record<string, number>): string {
  return Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([table, n]) => `${n.toLocaleString('vi-VN')} ${t(`audit:tables.${table}`, { defaultValue: table })}`)
    .join(', ');
}

/** What the confirmation says will come back and what will go, so the clerk knows before agreeing. */
export function undoConfirmText(t: TFunction, target: AuditRow): string[] {
  const restore = Object.fromEntries(Object.entries(target.undo?.restore ?? {}).map(([table, rows]) => [table, rows.length]));
  const remove = Object.fromEntries(Object.entries(target.undo?.remove ?? {}).map(([table, ids]) => [table, ids.length]));
  const back = listCounts(t, restore);
  const gone = listCounts(t, remove);
  return [
    t('audit:undo.confirmIntro', { summary: target.summary, at: formatAuditTime(target.at) }),
    ...(back ? [t('audit:undo.comesBack', { list: back })] : []),
    ...(gone ? [t('audit:undo.goesAway', { list: gone })] : []),
  ];
}

/** The audit's own refusals are worded in its namespace; anything else as the app words errors. */
export function undoErrorMessage(t: TFunction, error: unknown): string {
  if (isDomainError(error) && error.code.startsWith('errors.audit.')) return t(`audit:${error.code}`, error.params);
  return errorMessage(t, error);
}
