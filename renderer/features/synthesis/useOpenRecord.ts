import { useCallback } from 'react';
import type { Settings } from '../../../shared/domain/types';
import type { PageParams } from '../../app/pages';
import { useNavigation } from '../../app/useNavigation';
import { saveSettings } from '../../db/repositories/settings';
import { useDb } from '../../db/useDb';

/** Where an item of the synthesis leads: a list page, searched for the record. */
export interface RecordLink {
  page: 'registrations' | 'officials' | 'organizations';
  params: PageParams;
  /**
   * The year the record is about. Those pages list the working year, so following the link
   * makes this year the working year (the app bar shows it), or the clerk would look at
   * another year's registrations.
   */
  year?: number;
}

export function useOpenRecord(settings: Settings): (link: RecordLink) => Promise<void> {
  const db = useDb();
  const { navigate } = useNavigation();
  return useCallback(
    async ({ page, params, year }: RecordLink) => {
      try {
        if (year !== undefined && year !== settings.currentYear) await saveSettings(db, { ...settings, currentYear: year });
      } finally {
        // Even if the year could not be saved, the link still opens; the page says which year it lists.
        navigate(page, params);
      }
    },
    [db, navigate, settings],
  );
}
