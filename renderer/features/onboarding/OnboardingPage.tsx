import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Box, Button, Card, CardActions, CardContent, Container, Stack, Typography } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ScienceIcon from '@mui/icons-material/Science';
import type { Language } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import { replaceAllData } from '../../db/repositories/sample';
import { useDb } from '../../db/useDb';
import { useNavigation } from '../../app/useNavigation';
import { UndoClearNotice } from '../audit/UndoClearNotice';
import { StartForm } from './StartForm';

export type OnboardingPageProps = Record<string, never>;

/** First run: try the app on sample data, or enter the committee's own details. */
export function OnboardingPage(_props: OnboardingPageProps) {
  const { t, i18n } = useTranslation('onboarding');
  const db = useDb();
  const { navigate } = useNavigation();
  const [starting, setStarting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const loadSample = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      // Loaded on demand: the generator is only ever needed on this screen.
      const { generateSampleData } = await import('../../../shared/sample/generator');
      const { todayIso } = await import('../../../shared/meetings/iso-date');
      // With today, the sample also has a year of meetings up to now and recommendations on them.
      const data = generateSampleData({ seed: 2025, scale: 'district', year: new Date().getFullYear(), today: todayIso() });
      const language: Language = i18n.language === 'en' ? 'en' : 'vi';
      await replaceAllData(db, { ...data, settings: { ...data.settings, language } });
      navigate('dashboard');
    } catch (error) {
      setFailure(t('failed', { message: errorMessage(t, error) }));
      setBusy(false);
    }
  };

  return (
    <Container maxWidth="md" sx={{ py: 6 }}>
      <Typography variant="h4" component="h1" gutterBottom>{t('title')}</Typography>
      <Typography sx={{ mb: 4 }}>{t('intro')}</Typography>
      <UndoClearNotice />
      {failure && <Alert severity="error" sx={{ mb: 3 }}>{failure}</Alert>}
      {starting ? (
        <StartForm onCancel={() => setStarting(false)} onDone={() => navigate('dashboard')} />
      ) : (
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <ChoiceCard
            title={t('sample.title')}
            description={t('sample.description')}
            button={busy ? t('sample.loading') : t('sample.button')}
            icon={<ScienceIcon />}
            disabled={busy}
            testId="load-sample"
            onClick={() => void loadSample()}
          />
          <ChoiceCard
            title={t('start.title')}
            description={t('start.description')}
            button={t('start.button')}
            icon={<PlayArrowIcon />}
            disabled={busy}
            testId="start-empty"
            onClick={() => setStarting(true)}
          />
        </Box>
      )}
    </Container>
  );
}

type ChoiceCardProps = {
  title: string;
  description: string;
  button: string;
  icon: ReactNode;
  disabled: boolean;
  testId: string;
  onClick: () => void;
};

function ChoiceCard({ title, description, button, icon, disabled, testId, onClick }: ChoiceCardProps) {
  return (
    <Card variant="outlined" sx={{ display: 'flex', flexDirection: 'column' }}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="h5" component="h2" gutterBottom>{title}</Typography>
        <Typography color="text.secondary">{description}</Typography>
      </CardContent>
      <CardActions sx={{ p: 2 }}>
        <Stack sx={{ width: '100%' }}>
          <Button variant="contained" size="large" startIcon={icon} disabled={disabled} onClick={onClick} data-testid={testId}>
            {button}
          </Button>
        </Stack>
      </CardActions>
    </Card>
  );
}
