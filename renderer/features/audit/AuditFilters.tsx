import { useTranslation } from 'react-i18next';
import { MenuItem, Stack, TextField } from '@mui/material';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from '../../db/audit-types';
import type { AuditFilter } from '../../db/audit';

export type AuditFiltersProps = {
  value: AuditFilter;
  onChange: (value: AuditFilter) => void;
};

const ALL = '';

/** Action, record kind and a diacritics-insensitive search over the log. */
export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
      <TextField
        select
        size="small"
        label={t('filters.action')}
        value={value.action ?? ALL}
        onChange={(e) => onChange({ ...value, action: e.target.value === ALL ? undefined : (e.target.value as AuditAction) })}
        sx={{ minWidth: 180 }}
        slotProps={{ htmlInput: { 'data-testid': 'audit-filter-action' } }}
      >
        <MenuItem value={ALL}>{t('filters.all')}</MenuItem>
        {AUDIT_ACTIONS.map((action) => (
          <MenuItem key={action} value={action}>
            {t(`actions.${action}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('filters.entity')}
        value={value.entity ?? ALL}
        onChange={(e) => onChange({ ...value, entity: e.target.value === ALL ? undefined : (e.target.value as AuditEntity) })}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value={ALL}>{t('filters.all')}</MenuItem>
        {AUDIT_ENTITIES.map((entity) => (
          <MenuItem key={entity} value={entity}>
            {t(`entities.${entity}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        value={value.search ?? ''}
        onChange={(e) => onChange({ ...value, search: e.target.value })}
        sx={{ minWidth: 320, flexGrow: 1 }}
      />
    </Stack>
  );
}
