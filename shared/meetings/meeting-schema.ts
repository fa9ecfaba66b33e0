/**
 * What a clerk types about meetings and recommendations, checked the same way in the forms
 * and in the repositories. Messages are i18n keys in the 'common' namespace, as in
 * shared/domain/validation.ts.
 */
import { z } from 'zod';
import { HOST_ROLES, MEETING_TYPES } from '../domain/meetings';
import { NAME_MAX, NOTE_MAX } from '../domain/validation';
import { normalizeText } from '../text/normalize';
import { isIsoDate } from './iso-date';

export const AGENDA_MAX = 2000;
export const MEMBERS_PRESENT_MAX = 10_000;

function text(max: number, required: boolean, tooLong = max === NOTE_MAX ? 'validation.noteTooLong' : 'validation.tooLong') {
  const base = z.string({ error: 'validation.required' }).transform(normalizeText);
  return required
    ? base.pipe(z.string().min(1, 'validation.required').max(max, tooLong))
    : base.pipe(z.string().max(max, tooLong));
}

/** Long free text keeps its line breaks (an agenda is a list); only the ends are trimmed. */
function longText(max: number, required: boolean) {
  const base = z.string({ error: 'validation.required' }).transform((s) => s.normalize('NFC').trim());
  return required
    ? base.pipe(z.string().min(1, 'validation.required').max(max, 'validation.longTextTooLong'))
    : base.pipe(z.string().max(max, 'validation.longTextTooLong'));
}

export const isoDateSchema = z
  .string({ error: 'validation.dateRequired' })
  .refine(isIsoDate, 'validation.dateInvalid');

const optionalIsoDate = z.union([z.literal(''), isoDateSchema]);

export const timeSchema = z
  .string({ error: 'validation.timeRequired' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.timeInvalid');

const optionalTime = z.union([z.literal(''), timeSchema]);

export const meetingHostSchema = z
  .object({
    role: z.enum(HOST_ROLES, { error: 'validation.invalidChoice' }).nullable(),
    name: text(NAME_MAX, false),
    confirmed: z.boolean(),
  })
  // Confirming "someone will attend" without saying who means nothing.
  .refine((h) => !h.confirmed || h.role !== null, { message: 'validation.hostRoleRequired', path: ['role'] });

/** The grassroots notice: what quick entry and the Excel import both produce. */
export const meetingNoticeSchema = z
  .object({
    registrationId: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
    date: isoDateSchema,
    startTime: timeSchema,
    endTime: optionalTime,
    place: text(NAME_MAX, false),
    type: z.enum(MEETING_TYPES, { error: 'validation.invalidChoice' }),
    agenda: longText(AGENDA_MAX, false),
    host: meetingHostSchema,
    noticeDate: isoDateSchema,
  })
  .refine((m) => m.endTime === '' || m.endTime > m.startTime, { message: 'validation.endBeforeStart', path: ['endTime'] });
export type MeetingNoticeInput = z.input<typeof meetingNoticeSchema>;
export type MeetingNotice = z.output<typeof meetingNoticeSchema>;

/** What the clerk records after the meeting day (or when it is moved). */
export const meetingResultSchema = z.discriminatedUnion(
  'status',
  [
    z.object({
      status: z.literal('held'),
      hostAttended: z.enum(HOST_ROLES, { error: 'validation.invalidChoice' }).nullable(),
      membersPresent: z
        .number({ error: 'validation.wholeNumber' })
        .int('validation.wholeNumber')
        .min(0, 'validation.min')
        .max(MEMBERS_PRESENT_MAX, 'validation.memberCountMax')
        .nullable(),
      attendees: text(NOTE_MAX, false),
      notes: longText(AGENDA_MAX, false),
    }),
    z
      .object({
        status: z.literal('postponed'),
        newDate: isoDateSchema,
        newStartTime: timeSchema,
        newEndTime: optionalTime,
        reason: text(NOTE_MAX, true),
      })
      .refine((p) => p.newEndTime === '' || p.newEndTime > p.newStartTime, {
        message: 'validation.endBeforeStart',
        path: ['newEndTime'],
      }),
    z.object({
      status: z.literal('not_attended'),
      absenceReason: text(NOTE_MAX, true),
      notes: longText(AGENDA_MAX, false),
    }),
  ],
  { error: 'validation.invalidChoice' },
);
export type MeetingResultInput = z.input<typeof meetingResultSchema>;
export type MeetingResult = z.output<typeof meetingResultSchema>;

/** A recommendation as raised; its follow-up steps go through recommendation-flow. */
export const recommendationInputSchema = z.object({
  meetingId: z.string({ error: 'validation.required' }).min(1, 'validation.required'),
  content: longText(AGENDA_MAX, true),
  field: text(NAME_MAX, false),
  addressedTo: text(NAME_MAX, true),
  dueDate: optionalIsoDate,
});
export type RecommendationInputRaw = z.input<typeof recommendationInputSchema>;
export type RecommendationInput = z.output<typeof recommendationInputSchema>;
