import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';

export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  return (
    <Typography variant="h5" component="h1">
      {t('title')}
    </Typography>
  );
}
