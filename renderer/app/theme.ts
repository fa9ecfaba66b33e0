import { createTheme, type Theme } from '@mui/material/styles';
import { enUS as coreEn, viVN as coreVi } from '@mui/material/locale';
import { enUS as gridEn, viVN as gridVi } from '@mui/x-data-grid/locales';
import { enUS as pickersEn, viVN as pickersVi } from '@mui/x-date-pickers/locales';
import type { Language } from '../i18n';

/**
 * Fonts installed on office PCs that carry every Vietnamese glyph; nothing is fetched,
 * because the app runs offline.
 */
export const FONT_STACK = '"Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif';

export function createAppTheme(language: Language): Theme {
  const locales = language === 'vi' ? [coreVi, gridVi, pickersVi] : [coreEn, gridEn, pickersEn];
  return createTheme(
    {
      typography: { fontFamily: FONT_STACK },
      palette: { primary: { main: '#b71c1c' }, secondary: { main: '#1565c0' } },
    },
    ...locales,
  );
}
