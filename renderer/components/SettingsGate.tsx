import LinearProgress from '@mui/material/LinearProgress';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/domain/types';
import { useSettings } from '../db/useSettings';

export interface SettingsGateProps {
  children: (settings: Settings) => ReactNode;
}

/**
 * Pages count by the working year in settings. Rendering before settings arrive would
 * first count some other year and show those numbers for a moment, so pages wait.
 */
export function SettingsGate({ children }: SettingsGateProps) {
  const { t } = useTranslation('common');
  const settings = useSettings();
  if (!settings) return <LinearProgress aria-label={t('loading')} />;
  return <>{children(settings)}</>;
}
