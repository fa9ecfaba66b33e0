import { useTranslation } from 'react-i18next';
import { CircularProgress, Stack, Typography } from '@mui/material';
import { useSettings } from '../../db/useSettings';
import { AppInfoSection } from './AppInfoSection';
import { AuditLogSection } from '../audit/AuditLogSection';
import { BackupSection } from '../backup/BackupSection';
import { DangerZone } from './DangerZone';
import { ModeSection } from '../province/ModeSection';
import { LanguageSection } from './LanguageSection';
import { RulesSection } from './RulesSection';
import { SettingsForm } from './SettingsForm';

export type SettingsPageProps = Record<string, never>;

export function SettingsPage(_props: SettingsPageProps) {
  const { t } = useTranslation('settings');
  const settings = useSettings();
  return (
    <Stack spacing={3} sx={{ maxWidth: 960 }}>
      <Typography variant="h5" component="h1">{t('title')}</Typography>
      {settings ? (
        <>
          <SettingsForm settings={settings} />
          <RulesSection settings={settings} />
          <ModeSection settings={settings} />
          <LanguageSection settings={settings} />
          <AppInfoSection />
          <BackupSection />
          <AuditLogSection />
          <DangerZone />
        </>
      ) : (
        <CircularProgress aria-label={t('common:loading')} />
      )}
    </Stack>
  );
}
