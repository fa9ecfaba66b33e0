import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paper, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import type { AppInfo } from '../../../shared/ipc/contract';
import { usePlatform } from '../../platform/usePlatform';

/** Tells the clerk where the data lives, so they know what a backup or a wipe touches. */
export function AppInfoSection() {
  const { t } = useTranslation('settings');
  const platform = usePlatform();
  const [info, setInfo] = useState<AppInfo>();

  useEffect(() => {
    let active = true;
    void platform.appInfo().then((value) => {
      if (active) setInfo(value);
    });
    return () => {
      active = false;
    };
  }, [platform]);

  const rows: [string, string][] = info
    ? [
        [t('appInfo.name'), info.name],
        [t('appInfo.version'), info.version],
        [t('appInfo.runtime'), info.runtime === 'electron' ? t('appInfo.runtimeElectron') : t('appInfo.runtimeWeb')],
        [t('appInfo.dataLocation'), info.dataLocation],
      ]
    : [];

  return (
    <Paper sx={{ p: 3 }}>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {t('appInfo.heading')}
      </Typography>
      <Table size="small" data-testid="app-info">
        <TableBody>
          {rows.map(([label, value]) => (
            <TableRow key={label}>
              <TableCell component="th" scope="row" sx={{ width: 180, fontWeight: 500 }}>{label}</TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{value}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
