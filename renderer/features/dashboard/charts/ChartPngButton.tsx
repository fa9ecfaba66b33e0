/**
 * "Lưu ảnh PNG": captures the chart's figure and saves it through the platform (a save dialog
 * on the desktop, a download on the web), then says where it went or why it failed.
 */
import ImageIcon from '@mui/icons-material/ImageOutlined';
import Alert from '@mui/material/Alert';
import IconButton from '@mui/material/IconButton';
import Snackbar from '@mui/material/Snackbar';
import Tooltip from '@mui/material/Tooltip';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../components/useErrorText';
import { usePlatform } from '../../../platform/usePlatform';
import { chartPngBytes, PNG_EXCLUDE_ATTRIBUTE } from './chart-png';

export interface ChartPngButtonProps {
  /** The figure to capture. */
  target: RefObject<HTMLElement | null>;
  fileName: string;
  chartTitle: string;
  testId: string;
}

type Outcome = { severity: 'success' | 'error'; text: string };

export function ChartPngButton({ target, fileName, chartTitle, testId }: ChartPngButtonProps) {
  const { t } = useTranslation('dashboard');
  const platform = usePlatform();
  const errorText = useErrorText();
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function save() {
    const node = target.current;
    if (!node) return;
    setSaving(true);
    setOutcome(null);
    try {
      const bytes = await chartPngBytes(node);
      const result = await platform.saveFile(fileName, bytes, [{ name: t('charts.frame.pngFilter'), extensions: ['png'] }]);
      if (result.saved) setOutcome({ severity: 'success', text: t('charts.frame.pngSaved', { location: result.location }) });
    } catch (error) {
      setOutcome({ severity: 'error', text: t('charts.frame.pngFailed', { reason: errorText(error) }) });
    } finally {
      setSaving(false);
    }
  }

  const exclude = { [PNG_EXCLUDE_ATTRIBUTE]: '' };
  return (
    <>
      <Tooltip title={t('charts.frame.png')}>
        <span {...exclude}>
          <IconButton
            aria-label={t('charts.frame.pngLabel', { title: chartTitle })}
            data-testid={testId}
            disabled={saving}
            onClick={() => void save()}
            size="small"
          >
            <ImageIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
      <Snackbar
        open={outcome !== null}
        autoHideDuration={outcome?.severity === 'error' ? null : 4000}
        onClose={(_event, reason) => reason !== 'clickaway' && setOutcome(null)}
      >
        {outcome ? (
          <Alert severity={outcome.severity} onClose={() => setOutcome(null)} data-testid={`${testId}-status`} variant="filled">
            {outcome.text}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}
