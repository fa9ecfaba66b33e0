import { useState, type ReactNode } from 'react';
import { openAppDatabase, type AppDatabase } from './database';
import { DbContext } from './DbContext';

export type DbProviderProps = {
  /** Tests pass a fresh, uniquely named database; the app opens the default one. */
  db?: AppDatabase;
  children: ReactNode;
};

export function DbProvider({ db, children }: DbProviderProps) {
  const [ownDb] = useState(() => db ?? openAppDatabase());
  return <DbContext.Provider value={db ?? ownDb}>{children}</DbContext.Provider>;
}
