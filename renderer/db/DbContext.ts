import { createContext } from 'react';
import type { AppDatabase } from './database';

export const DbContext = createContext<AppDatabase | null>(null);
