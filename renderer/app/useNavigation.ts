import { useContext } from 'react';
import { NavigationContext, type Navigation } from './NavigationContext';

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside <NavigationProvider>');
  return navigation;
}
