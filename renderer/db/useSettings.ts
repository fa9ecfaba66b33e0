import { useLiveQuery } from 'dexie-react-hooks';
import type { Settings } from '../../shared/domain/types';
import { getSettings } from './repositories/settings';
import { useDb } from './useDb';

/** The saved settings, kept live; undefined while loading or before onboarding. */
export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]);
}
