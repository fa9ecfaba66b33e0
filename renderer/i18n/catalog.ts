/**
 * The whole UI catalogue. Each feature owns its strings (`features/<name>/strings.ts`)
 * under a namespace named after it; this file only assembles them per language.
 */
import { strings as common } from './common';
import { strings as audit } from '../features/audit/strings';
import { strings as backup } from '../features/backup/strings';
import { strings as balance } from '../features/balance/strings';
import { strings as dashboard } from '../features/dashboard/strings';
import { strings as importStrings } from '../features/import/strings';
import { strings as meetings } from '../features/meetings/strings';
import { strings as recommendations } from '../features/recommendations/strings';
import { strings as onboarding } from '../features/onboarding/strings';
import { strings as officials } from '../features/officials/strings';
import { strings as organizations } from '../features/organizations/strings';
import { strings as registrations } from '../features/registrations/strings';
import { strings as reports } from '../features/reports/strings';
import { strings as province } from '../features/province/strings';
import { strings as settings } from '../features/settings/strings';
import { strings as synthesis } from '../features/synthesis/strings';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const catalog = {
  common,
  settings,
  onboarding,
  dashboard,
  organizations,
  officials,
  registrations,
  meetings,
  recommendations,
  import: importStrings,
  synthesis,
  balance,
  reports,
  audit,
  backup,
  province,
} as const;

export type Namespace = keyof typeof catalog;
export const NAMESPACES = Object.keys(catalog) as Namespace[];

/** i18next's layout: language → namespace → strings. */
export const resources = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    Object.fromEntries(NAMESPACES.map((ns) => [ns, catalog[ns][language]])),
  ]),
) as Record<Language, Record<Namespace, object>>;
