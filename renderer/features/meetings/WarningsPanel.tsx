import EventIcon from '@mui/icons-material/Event';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';
import { WARNING_KINDS, type WarningItem, type WarningKind } from './warning-items';

export interface WarningsPanelProps {
  items: readonly WarningItem[];
  /** Filters are on: the counts cover only what matches them. */
  filtered: boolean;
  onOpen: (meetingId: string) => void;
  onSchedule: (registrationId: string) => void;
}

/** A long list stays usable: filtering by official or organization narrows it. */
const SHOWN = 100;

/**
 * "Cần xử lý": one line of counts by kind; a count opens its items, each leading to the
 * meeting, or for a quarter without a meeting, to quick entry for that registration.
 */
export function WarningsPanel({ items, filtered, onOpen, onSchedule }: WarningsPanelProps) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState<WarningKind | null>(null);
  const byKind = useMemo(() => {
    const map = new Map<WarningKind, WarningItem[]>(WARNING_KINDS.map((kind) => [kind, []]));
    for (const item of items) map.get(item.kind)?.push(item);
    return map;
  }, [items]);
  const shown = open ? (byKind.get(open) ?? []) : [];

  return (
    <Paper variant="outlined" component="section" aria-labelledby="meeting-warnings-heading" sx={{ p: 1.5 }} data-testid="meeting-warnings">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="subtitle1" component="h2" id="meeting-warnings-heading" sx={{ fontWeight: 600 }}>
          {t('warnings.heading')}
        </Typography>
        <Chip
          size="small"
          color={items.length > 0 ? 'warning' : 'success'}
          label={items.length > 0 ? t('warnings.total', { n: formatCount(items.length) }) : t('warnings.none')}
          data-testid="meeting-warnings-total"
        />
        {WARNING_KINDS.map((kind) => {
          const count = byKind.get(kind)?.length ?? 0;
          return (
            <Chip
              key={kind}
              size="small"
              variant={open === kind ? 'filled' : 'outlined'}
              color={count > 0 ? 'warning' : 'default'}
              label={`${t(`warnings.kinds.${kind}`)}: ${formatCount(count)}`}
              onClick={count > 0 ? () => setOpen(open === kind ? null : kind) : undefined}
              aria-pressed={count > 0 ? open === kind : undefined}
              aria-expanded={count > 0 ? open === kind : undefined}
              data-testid={`meeting-warnings-${kind}`}
            />
          );
        })}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
        {filtered && `${t('warnings.filtered')} `}
        {t('warnings.help')}
      </Typography>
      {open && (
        <List dense disablePadding sx={{ maxHeight: 280, overflowY: 'auto' }} aria-label={t(`warnings.kinds.${open}`)}>
          {shown.slice(0, SHOWN).map((item) => (
            <WarningLine key={item.key} item={item} onOpen={onOpen} onSchedule={onSchedule} />
          ))}
          {shown.length > SHOWN && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
              {t('warnings.more', { n: formatCount(shown.length - SHOWN) })}
            </Typography>
          )}
        </List>
      )}
    </Paper>
  );
}

type WarningLineProps = { item: WarningItem } & Pick<WarningsPanelProps, 'onOpen' | 'onSchedule'>;

function WarningLine({ item, onOpen, onSchedule }: WarningLineProps) {
  const { t } = useTranslation('meetings');
  const { meetingId, registrationId } = item;
  const action = meetingId ? (
    <Button size="small" endIcon={<OpenInNewIcon fontSize="small" />} onClick={() => onOpen(meetingId)} aria-label={t('warnings.openLabel', { name: item.title })}>
      {t('warnings.open')}
    </Button>
  ) : registrationId ? (
    <Button size="small" startIcon={<EventIcon fontSize="small" />} onClick={() => onSchedule(registrationId)} aria-label={t('warnings.scheduleLabel', { name: item.title })}>
      {t('warnings.schedule')}
    </Button>
  ) : null;
  return (
    <ListItem divider secondaryAction={action} sx={{ pr: 16 }}>
      <ListItemText primary={item.title} secondary={item.detail} />
    </ListItem>
  );
}
