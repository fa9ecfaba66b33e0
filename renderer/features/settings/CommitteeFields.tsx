import { useTranslation } from 'react-i18next';
import { MenuItem, Stack } from '@mui/material';
import { COMMITTEE_KINDS, type CommitteeKind } from '../../../shared/domain/types';
import { DraftTextField } from './DraftTextField';
import { withKind, type SettingsDraft } from './settings-draft';

export type CommitteeFieldsProps = {
  draft: SettingsDraft;
  errors: Record<string, string>;
  onChange: (patch: Partial<SettingsDraft>) => void;
};

/** Who the committee is: shared by Settings and the onboarding "Bắt đầu" form. */
export function CommitteeFields({ draft, errors, onChange }: CommitteeFieldsProps) {
  const { t } = useTranslation('settings');
  const common = { draft, errors, onChange };
  return (
    <Stack spacing={2}>
      <DraftTextField {...common} field="committeeName" labelKey="committee.name" helpKey="committee.nameHelp" required />
      <DraftTextField
        {...common}
        field="committeeKind"
        labelKey="committee.kind"
        select
        onChange={(patch) => onChange(withKind(draft, patch.committeeKind as CommitteeKind))}
      >
        {COMMITTEE_KINDS.map((kind) => (
          <MenuItem key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </MenuItem>
        ))}
      </DraftTextField>
      <DraftTextField {...common} field="superiorBody" labelKey="committee.superiorBody" helpKey="committee.superiorBodyHelp" required />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DraftTextField {...common} field="documentSymbol" labelKey="committee.documentSymbol" helpKey="committee.documentSymbolHelp" required />
        <DraftTextField {...common} field="place" labelKey="committee.place" helpKey="committee.placeHelp" required />
      </Stack>
    </Stack>
  );
}
