/**
 * What a district sends up to the province inside its "Gửi tỉnh" workbook: the committee's
 * identity, the period, and its tables with their stable ids. The province's app parses it
 * with this schema: the file crossed a trust boundary (e-mail, USB stick, a clerk's Excel).
 */
import { z } from 'zod';
import { HOST_ROLES, MEETING_STATUSES, MEETING_TYPES, RECOMMENDATION_STATUSES, type Meeting, type Recommendation } from '../domain/meetings';
import { ORG_TYPES } from '../domain/org-types';
import { COVERAGE_SCOPES } from '../domain/rules';
import { COMMITTEE_KINDS, OFFICIAL_GROUPS, QUARTERS, type GrassrootsOrg, type Official, type PartyCell, type Registration } from '../domain/types';

/** Raised when the layout or the meaning of the payload changes; a reader refuses any other. */
export const SUBMISSION_SCHEMA_VERSION = 1;

const id = () => z.string().min(1);
const year = () => z.number().int().min(1900).max(2200);
const quarter = z.union(QUARTERS.map((q) => z.literal(q)));
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const dashboardPeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: year() }),
  z.object({ kind: z.literal('quarter'), year: year(), quarter }),
  z
    .object({ kind: z.literal('term'), startYear: year(), endYear: year() })
    .refine((p) => p.startYear <= p.endYear, { message: 'endYear before startYear' }),
]);

const registrationPeriod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: year(), quarters: z.array(quarter) }),
  z.object({ kind: z.literal('term'), startYear: year(), endYear: year() }),
]);

/*
 * Each table checks the fields the province's figures read, and keeps the rest as sent
 * (loose objects): the checksum already vouches that the file is the one the district wrote,
 * so a field the province does not count need not block a submission.
 */
const orgSchema = z.looseObject({ id: id(), name: z.string(), type: z.enum(ORG_TYPES), kind: z.enum(['dang_bo_co_so', 'chi_bo_co_so']) });
const cellSchema = z.looseObject({ id: id(), orgId: id(), name: z.string(), memberCount: z.number().int().min(0) });
const officialSchema = z.looseObject({ id: id(), name: z.string(), group: z.enum(OFFICIAL_GROUPS), capacity: z.number().int().min(0) });
const registrationSchema = z.looseObject({ id: id(), officialId: id(), cellId: id(), period: registrationPeriod, years: z.array(year()) });
const meetingSchema = z.looseObject({
  id: id(),
  registrationId: id(),
  date: isoDay,
  type: z.enum(MEETING_TYPES),
  status: z.enum(MEETING_STATUSES),
  hostAttended: z.enum(HOST_ROLES).nullable(),
});
const recommendationSchema = z.looseObject({ id: id(), meetingId: id(), dueDate: z.string(), status: z.enum(RECOMMENDATION_STATUSES), history: z.array(z.unknown()) });

/** The loose objects typed as the records they were written from (see above why only some fields are checked). */
const typed = <T>(schema: z.ZodType<object>) => schema.transform((v) => v as T);

export const submissionSchema = z.object({
  schemaVersion: z.literal(SUBMISSION_SCHEMA_VERSION),
  committee: z.object({
    name: z.string().min(1),
    kind: z.enum(COMMITTEE_KINDS),
    superiorBody: z.string(),
    documentSymbol: z.string(),
  }),
  period: dashboardPeriodSchema,
  /** The report's date, "yyyy-mm-dd": the day overdue recommendations are counted at. */
  reportDate: isoDay,
  /** When the file was written, ISO 8601 with time; the later of two files from one committee wins. */
  generatedAt: z.iso.datetime(),
  /** The committee's term and rules: what its coverage and crowding figures depend on. */
  term: z.object({ startYear: year(), endYear: year() }),
  rules: z.object({
    coverageScope: z.enum(COVERAGE_SCOPES),
    maxRegistrantsPerCell: z.number().int().min(1),
    officialMinCells: z.number().int().min(0),
    noticeDays: z.number().int().min(0),
  }),
  data: z.object({
    orgs: z.array(typed<GrassrootsOrg>(orgSchema)),
    cells: z.array(typed<PartyCell>(cellSchema)),
    officials: z.array(typed<Official>(officialSchema)),
    registrations: z.array(typed<Registration>(registrationSchema)),
    meetings: z.array(typed<Meeting>(meetingSchema)),
    recommendations: z.array(typed<Recommendation>(recommendationSchema)),
  }),
});

export type Submission = z.output<typeof submissionSchema>;
