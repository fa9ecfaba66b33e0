import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import Alert from '@mui/material/Alert';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COVERAGE_SCOPES, DEFAULT_PLAN_RULES, type CoverageScope } from '../../../shared/domain/rules';
import type { Settings } from '../../../shared/domain/types';
import { errorMessage } from '../../i18n/errors';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';
import { parseRulesDraft, rulesToDraft, type RulesDraft } from './rules-draft';

export type RulesSectionProps = { settings: Settings };

const NUMBER_INPUT = { htmlInput: { inputMode: 'numeric' as const, maxLength: 2 } };

/** "Quy tắc tổng hợp": what the synthesis page checks the plan against. */
export function RulesSection({ settings }: RulesSectionProps) {
  const { t } = useTranslation('settings');
  const db = useDb();
  // As in SettingsForm: only the clerk's edits are state, over the live rules.
  const [edits, setEdits] = useState<Partial<RulesDraft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const draft: RulesDraft = { ...rulesToDraft(settings.rules), ...edits };
  const dirty = Object.keys(edits).length > 0;
  const change = (patch: Partial<RulesDraft>) => setEdits((current) => ({ ...current, ...patch }));
  const helper = (field: keyof RulesDraft, helpKey: string) => (errors[field] ? t(`common:${errors[field]}`) : t(helpKey));

  const onSave = async () => {
    const result = parseRulesDraft(draft);
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return setFailure(t('hasErrors'));
    try {
      await saveSettings(db, { ...settings, rules: result.rules });
      setEdits({});
      setFailure(undefined);
      setSaved(true);
    } catch (error) {
      setFailure(errorMessage(t, error));
    }
  };

  return (
    <Paper component="form" sx={{ p: 3 }} aria-labelledby="rules-heading" noValidate onSubmit={(event) => { event.preventDefault(); void onSave(); }}>
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
        {failure && <Alert severity="error">{failure}</Alert>}
        <Stack direction="row" spacing={2}>
          <Button type="submit" variant="contained" disabled={!dirty} data-testid="rules-save">
            {t('rules.save')}
          </Button>
          <Button onClick={() => { setEdits(rulesToDraft(DEFAULT_PLAN_RULES)); setErrors({}); }}>
            {t('rules.defaults')}
          </Button>
          <Button disabled={!dirty} onClick={() => { setEdits({}); setErrors({}); setFailure(undefined); }}>
            {t('reset')}
          </Button>
        </Stack>
      </Stack>
      <Snackbar open={saved} autoHideDuration={3000} onClose={() => setSaved(false)} message={t('rules.saved')} />
    </Paper>
  );
}
