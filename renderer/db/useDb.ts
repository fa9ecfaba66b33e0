import { useContext } from 'react';
import type { AppDatabase } from './database';
import { DbContext } from './DbContext';

export function useDb(): AppDatabase {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb must be used inside <DbProvider>');
  return db;
}
