import { useTranslation } from 'react-i18next';
import {
  AppBar,
  Box,
  Drawer,
  List,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material';
import type { Settings } from '../../shared/domain/types';
import { useEffect } from 'react';
import { defaultPageFor, pagesForMode } from './pages';
import { BackupReminder } from '../features/backup/BackupReminder';
import { PageContent } from './PageContent';
import { useNavigation } from './useNavigation';
import { YearSelect } from './YearSelect';

export const DRAWER_WIDTH = 300;

export type AppShellProps = { settings: Settings };

export function AppShell({ settings }: AppShellProps) {
  const { t } = useTranslation();

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar sx={{ gap: 2 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="h6" component="div" noWrap data-testid="committee-name">
              {settings.committeeName || t('appBar.noCommittee')}
            </Typography>
            <Typography variant="caption" component="div" noWrap sx={{ opacity: 0.85 }}>
              {t('appTitle')}
            </Typography>
          </Box>
          <YearSelect settings={settings} />
        </Toolbar>
      </AppBar>
      <NavDrawer settings={settings} />
      <Box component="main" sx={{ flexGrow: 1, minWidth: 0, p: 3 }}>
        <Toolbar />
        <BackupReminder />
        <CurrentPage settings={settings} />
      </Box>
    </Box>
  );
}

/** A page the mode does not offer (an old link, the other mode's start page) leads to the mode's start page. */
function CurrentPage({ settings }: AppShellProps) {
  const { page, navigate } = useNavigation();
  const allowed = pagesForMode(settings.mode).some(({ id }) => id === page);
  const fallback = defaultPageFor(settings.mode);
  useEffect(() => {
    if (!allowed) navigate(fallback);
  }, [allowed, fallback, navigate]);
  return <PageContent page={allowed ? page : fallback} />;
}

function NavDrawer({ settings }: AppShellProps) {
  const { t } = useTranslation();
  const { page, navigate } = useNavigation();
  return (
    <Drawer
      variant="permanent"
      sx={{
        width: DRAWER_WIDTH,
        flexShrink: 0,
        '& .MuiDrawer-paper': { width: DRAWER_WIDTH, boxSizing: 'border-box' },
      }}
    >
      <Toolbar />
      <Box component="nav" aria-label={t('nav.label')} sx={{ overflowY: 'auto' }}>
        <List>
          {pagesForMode(settings.mode).map(({ id, labelKey, icon: Icon }) => (
            <ListItemButton
              key={id}
              selected={page === id}
              aria-current={page === id ? 'page' : undefined}
              onClick={() => navigate(id)}
              data-testid={`nav-${id}`}
            >
              <ListItemIcon>
                <Icon />
              </ListItemIcon>
              <ListItemText primary={t(labelKey)} />
            </ListItemButton>
          ))}
        </List>
      </Box>
    </Drawer>
  );
}
