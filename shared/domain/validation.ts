/**
 * Schemas for what a clerk types into the create/edit forms. Every message is an i18n key
 * in the 'common' namespace; the texts carry their own bounds, so no key needs parameters
 * and `t(fieldErrors(result).name)` is always a complete sentence.
 * Parsing also normalizes: names come out NFC, trimmed, with single spaces.
 */
import { z } from 'zod';
import { normalizeText } from '../text/normalize';
import { ORG_TYPES } from './org-types';
import { COVERAGE_SCOPES, DEFAULT_PLAN_RULES, MAX_REGISTRANTS_LIMIT, NOTICE_DAYS_LIMIT, OFFICIAL_MIN_CELLS_LIMIT } from './rules';
import { APP_MODES, COMMITTEE_KINDS, OFFICIAL_GROUPS, QUARTERS } from './types';

export const NAME_MAX = 200;
export const NOTE_MAX = 500;
export const MEMBER_COUNT_MAX = 10_000;
export const CAPACITY_MAX = 20;
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const RECIPIENTS_MAX = 30;

/** Required text: normalized, then 1..max characters. */
function requiredText(max = NAME_MAX, tooLong = 'validation.tooLong') {
  return z
    .string({ error: 'validation.required' })
    .transform(normalizeText)
    .pipe(z.string().min(1, 'validation.required').max(max, tooLong));
}

/** Optional text: may be empty after normalizing. */
function optionalText(max = NAME_MAX, tooLong = 'validation.tooLong') {
  return z
    .string({ error: 'validation.required' })
    .transform(normalizeText)
    .pipe(z.string().max(max, tooLong));
}

function wholeNumber(min: number, max: number, minKey: string, maxKey: string) {
  return z
    .number({ error: 'validation.wholeNumber' })
    .int('validation.wholeNumber')
    .min(min, minKey)
    .max(max, maxKey);
}

const year = () => wholeNumber(YEAR_MIN, YEAR_MAX, 'validation.yearRange', 'validation.yearRange');
const id = () => z.string({ error: 'validation.required' }).min(1, 'validation.required');

export const orgInputSchema = z.object({
  name: requiredText(),
  type: z.enum(ORG_TYPES, { error: 'validation.invalidChoice' }),
  kind: z.enum(['dang_bo_co_so', 'chi_bo_co_so'], { error: 'validation.invalidChoice' }),
});
export type OrgInput = z.infer<typeof orgInputSchema>;

export const cellInputSchema = z.object({
  orgId: id(),
  name: requiredText(),
  memberCount: wholeNumber(1, MEMBER_COUNT_MAX, 'validation.min', 'validation.memberCountMax'),
});
export type CellInput = z.infer<typeof cellInputSchema>;

export const officialInputSchema = z.object({
  name: requiredText(),
  position: requiredText(),
  group: z.enum(OFFICIAL_GROUPS, { error: 'validation.invalidChoice' }),
  committee: optionalText(),
  area: optionalText(),
  field: optionalText(),
  capacity: wholeNumber(1, CAPACITY_MAX, 'validation.min', 'validation.capacityMax'),
});
export type OfficialInput = z.infer<typeof officialInputSchema>;

const quarterSchema = z.literal(QUARTERS, { error: 'validation.invalidChoice' });

const yearPeriodSchema = z.object({
  kind: z.literal('year'),
  year: year(),
  quarters: z
    .array(quarterSchema)
    .max(4, 'validation.quartersUnique')
    .refine((qs) => new Set(qs).size === qs.length, 'validation.quartersUnique')
    // Stored sorted so equal plans compare equal and print in order.
    .transform((qs) => [...qs].sort((a, b) => a - b)),
});

const termPeriodSchema = z
  .object({ kind: z.literal('term'), startYear: year(), endYear: year() })
  .refine((p) => p.startYear <= p.endYear, { message: 'validation.termOrder', path: ['endYear'] });

export const periodSchema = z.discriminatedUnion('kind', [yearPeriodSchema, termPeriodSchema], {
  error: 'validation.invalidChoice',
});

export const registrationInputSchema = z.object({
  officialId: id(),
  cellId: id(),
  period: periodSchema,
  note: optionalText(NOTE_MAX, 'validation.noteTooLong'),
});
export type RegistrationInput = z.infer<typeof registrationInputSchema>;

export const planRulesSchema = z.object({
  coverageScope: z.enum(COVERAGE_SCOPES, { error: 'validation.invalidChoice' }),
  maxRegistrantsPerCell: wholeNumber(1, MAX_REGISTRANTS_LIMIT, 'validation.maxRegistrantsRange', 'validation.maxRegistrantsRange'),
  officialMinCells: wholeNumber(0, OFFICIAL_MIN_CELLS_LIMIT, 'validation.minCellsRange', 'validation.minCellsRange'),
  // Rules saved before meetings existed have no notice period: they get the default.
  noticeDays: wholeNumber(0, NOTICE_DAYS_LIMIT, 'validation.noticeDaysRange', 'validation.noticeDaysRange').default(
    DEFAULT_PLAN_RULES.noticeDays,
  ),
});

export const settingsSchema = z
  .object({
    committeeName: requiredText(),
    committeeKind: z.enum(COMMITTEE_KINDS, { error: 'validation.invalidChoice' }),
    superiorBody: requiredText(),
    documentSymbol: requiredText(20, 'validation.symbolTooLong'),
    place: requiredText(),
    currentYear: year(),
    termStartYear: year(),
    termEndYear: year(),
    signerOnBehalf: requiredText(),
    signerPosition: requiredText(),
    // Often unknown when the office starts: the report then leaves the line for a hand signature.
    signerName: optionalText(),
    recipients: z
      .array(optionalText())
      .transform((lines) => lines.filter((line) => line.length > 0))
      .pipe(z.array(z.string()).max(RECIPIENTS_MAX, 'validation.tooManyRecipients')),
    language: z.enum(['vi', 'en'], { error: 'validation.invalidChoice' }),
    // Settings written before province mode existed belong to a district.
    mode: z.enum(APP_MODES, { error: 'validation.invalidChoice' }).default('district'),
    // Settings written before the rules existed have none: they get the defaults.
    rules: planRulesSchema.default(() => ({ ...DEFAULT_PLAN_RULES })),
  })
  .refine((s) => s.termStartYear <= s.termEndYear, { message: 'validation.termOrder', path: ['termEndYear'] });

/**
 * First message per field, keyed by the field's dotted path ("period.endYear");
 * an error about the whole object is under "_form". Empty when the parse succeeded.
 */
export function fieldErrors(result: { success: boolean; error?: z.ZodError }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (result.success || !result.error) return errors;
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.map(String).join('.') : '_form';
    errors[key] ??= issue.message;
  }
  return errors;
}
