import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanRules } from '../../../shared/domain/rules';
import { ruleSpans, type YearSpan } from '../../../shared/synthesis/scope';
import { VIOLATION_KINDS, type ViolationKind } from '../../../shared/synthesis/violations';
import { formatCount } from '../../components/format';
import { spanText } from './period-text';
import type { RecordLink } from './useOpenRecord';
import type { LiveSynthesis } from './useSynthesis';
import { violationItems, type ViolationItem } from './violation-items';

export type ViolationsPanelProps = {
  synthesis: LiveSynthesis;
  rules: PlanRules;
  term: YearSpan;
  onOpen: (link: RecordLink) => void;
};

/** A long list stays usable: the tables beside it hold every row. */
const SHOWN_PER_KIND = 100;

/** "Các điểm cần xử lý": counts per kind, then each item with a button to its records. */
export function ViolationsPanel({ synthesis, rules, term, onOpen }: ViolationsPanelProps) {
  const { t } = useTranslation('synthesis');
  const items = useMemo(() => violationItems(t, synthesis), [t, synthesis]);
  const byKind = useMemo(() => {
    const map = new Map<ViolationKind, ViolationItem[]>(VIOLATION_KINDS.map((kind) => [kind, []]));
    for (const item of items) map.get(item.kind)?.push(item);
    return map;
  }, [items]);
  const spans = ruleSpans(synthesis.scope, rules, term)
    .map((span) => spanText(t, { span, years: false }))
    .join(', ');

  return (
    <Paper variant="outlined" component="section" aria-labelledby="violations-heading" sx={{ p: 2 }} data-testid="violations-panel">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" component="h2" id="violations-heading" sx={{ flexGrow: 1 }}>
          {t('violations.heading')}
        </Typography>
        <Chip size="small" color={items.length > 0 ? 'warning' : 'success'} label={t('violations.total', { n: formatCount(items.length) })} data-testid="violations-total" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {t('violations.rules', {
          span: t(`violations.ruleSpan.${rules.coverageScope}`),
          max: rules.maxRegistrantsPerCell,
          min: rules.officialMinCells,
        })}{' '}
        {t('violations.checkedIn', { spans })}
      </Typography>
      {items.length === 0 && <Alert severity="success" sx={{ mt: 2 }}>{t('violations.none')}</Alert>}
      <Stack sx={{ mt: 2 }}>
        {VIOLATION_KINDS.map((kind) => (
          <KindSection key={kind} kind={kind} items={byKind.get(kind) ?? []} onOpen={onOpen} />
        ))}
      </Stack>
    </Paper>
  );
}

type KindSectionProps = { kind: ViolationKind; items: ViolationItem[]; onOpen: (link: RecordLink) => void };

function KindSection({ kind, items, onOpen }: KindSectionProps) {
  const { t } = useTranslation('synthesis');
  const shown = items.slice(0, SHOWN_PER_KIND);
  return (
    <Accordion disableGutters disabled={items.length === 0} data-testid={`violations-${kind}`}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`violations-${kind}-items`} id={`violations-${kind}-summary`}>
        <Typography sx={{ flexGrow: 1 }}>{t(`violations.kinds.${kind}`)}</Typography>
        <Chip size="small" label={formatCount(items.length)} data-testid={`violations-${kind}-count`} sx={{ mr: 1 }} />
      </AccordionSummary>
      <AccordionDetails id={`violations-${kind}-items`} sx={{ p: 0 }}>
        <List dense disablePadding>
          {shown.map((item) => (
            <ListItem
              key={item.key}
              divider
              secondaryAction={
                <Button
                  size="small"
                  endIcon={<OpenInNewIcon fontSize="small" />}
                  onClick={() => onOpen(item.link)}
                  aria-label={t('violations.openLabel', { action: t(`violations.open.${item.action}`), name: item.title })}
                >
                  {t(`violations.open.${item.action}`)}
                </Button>
              }
              sx={{ pr: 18 }}
            >
              <ListItemText primary={item.title} secondary={item.detail} />
            </ListItem>
          ))}
        </List>
        {items.length > shown.length && (
          <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
            {t('violations.more', { n: formatCount(items.length - shown.length) })}
          </Typography>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
