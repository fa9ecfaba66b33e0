import { useCallback, useContext, useMemo, useState } from 'react';
import { NavigationContext } from '../../app/NavigationContext';
import type { PageParams } from '../../app/pages';
import { paramsFromViewState, viewStateFromParams, type MeetingViewState } from './meeting-view';

export interface MeetingViewControl {
  state: MeetingViewState;
  update: (change: Partial<MeetingViewState>) => void;
}

/**
 * The view and filters, kept in the page's link so a copied or reloaded link shows the same
 * calendar. Outside the app's navigation (a page rendered alone in a test) they stay local.
 */
export function useMeetingViewState(today: string): MeetingViewControl {
  const navigation = useContext(NavigationContext);
  const [localParams, setLocalParams] = useState<PageParams>({});
  const params = navigation ? navigation.params : localParams;
  const state = useMemo(() => viewStateFromParams(params, today), [params, today]);
  const navigate = navigation?.navigate;
  const update = useCallback(
    (change: Partial<MeetingViewState>) => {
      const next = paramsFromViewState({ ...state, ...change }, today);
      if (navigate) navigate('meetings', next);
      else setLocalParams(next);
    },
    [state, today, navigate],
  );
  return { state, update };
}
