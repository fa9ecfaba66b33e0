import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useTranslation } from 'react-i18next';
import { COVERAGE_SCOPES, DEFAULT_PLAN_RULES, type CoverageScope } from '../../../shared/domain/rules';
import type { Settings } from '../../../shared/domain/types';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';
import { parseRulesDraft, rulesToDraft, type RulesDraft } from './rules-draft';
import { useDraftForm } from './useDraftForm';

export type RulesSectionProps = { settings: Settings };

const NUMBER_INPUT = { htmlInput: { inputMode: 'numeric' as const, maxLength: 2 } };

/** "Quy tắc tổng hợp": what the synthesis page checks the plan against, and the notice period meetings are checked against. */
export function RulesSection({ settings }: RulesSectionProps) {
  const { t } = useTranslation('settings');
  const db = useDb();
  const form = useDraftForm(
    rulesToDraft(settings.rules),
    (draft) => {
      const result = parseRulesDraft(draft);
      return result.ok ? { ok: true, value: result.rules } : result;
    },
    (rules) => saveSettings(db, { ...settings, rules }),
  );
  const { draft, errors, dirty, failure, change } = form;
  const helper = (field: keyof RulesDraft, helpKey: string) => (errors[field] ? t(`common:${errors[field]}`) : t(helpKey));

  return (
    <Paper component="form" sx={{ p: 3 }} aria-labelledby="rules-heading" noValidate onSubmit={(event) => { event.preventDefault(); void form.submit(); }}>
      <Stack spacing={2}>
        <div>
          <Typography variant="h6" component="h2" id="rules-heading">{t('rules.heading')}</Typography>
          <Typography variant="body2" color="text.secondary">{t('rules.help')}</Typography>
        </div>
        <TextField
          select
          name="coverageScope"
          label={t('rules.coverageScope')}
          value={draft.coverageScope}
          onChange={(event) => change({ coverageScope: event.target.value as CoverageScope })}
          helperText={t('rules.coverageScopeHelp')}
          fullWidth
        >
          {COVERAGE_SCOPES.map((scope) => (
            <MenuItem key={scope} value={scope}>{t(`rules.scope.${scope}`)}</MenuItem>
          ))}
        </TextField>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            name="maxRegistrantsPerCell"
            label={t('rules.maxRegistrants')}
            value={draft.maxRegistrantsPerCell}
            onChange={(event) => change({ maxRegistrantsPerCell: event.target.value })}
            error={errors.maxRegistrantsPerCell !== undefined}
            helperText={helper('maxRegistrantsPerCell', 'rules.maxRegistrantsHelp')}
            slotProps={NUMBER_INPUT}
            required
            fullWidth
          />
          <TextField
            name="officialMinCells"
            label={t('rules.minCells')}
            value={draft.officialMinCells}
            onChange={(event) => change({ officialMinCells: event.target.value })}
            error={errors.officialMinCells !== undefined}
            helperText={helper('officialMinCells', 'rules.minCellsHelp')}
            slotProps={NUMBER_INPUT}
            required
            fullWidth
          />
        </Stack>
        <TextField
          name="noticeDays"
          label={t('rules.noticeDays')}
          value={draft.noticeDays}
          onChange={(event) => change({ noticeDays: event.target.value })}
          error={errors.noticeDays !== undefined}
          helperText={helper('noticeDays', 'rules.noticeDaysHelp')}
          slotProps={NUMBER_INPUT}
          required
          fullWidth
        />
        {failure && <Alert severity="error">{failure}</Alert>}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={!dirty} data-testid="rules-save">
            {t('rules.save')}
          </Button>
          <Button onClick={() => form.replaceEdits(rulesToDraft(DEFAULT_PLAN_RULES))}>
            {t('rules.defaults')}
          </Button>
          <Button disabled={!dirty} onClick={() => form.replaceEdits({})}>
            {t('reset')}
          </Button>
        </Stack>
      </Stack>
      <Snackbar open={form.saved} autoHideDuration={3000} onClose={form.closeSaved} message={t('rules.saved')} />
    </Paper>
  );
}
