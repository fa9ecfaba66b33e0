/**
 * Meetings and what came of them. A meeting belongs to a registration (who attends which
 * cell) and takes the official and the cell from it, so a meeting can never name a
 * different official or cell than the plan it carries out. Dates are ISO "yyyy-mm-dd"
 * strings (local calendar days, no time zone) and times "HH:mm", so they sort as text,
 * index in IndexedDB and survive JSON backups unchanged.
 */

/** Regular monthly meeting, or a thematic one (sinh hoạt chuyên đề). */
export const MEETING_TYPES = ['regular', 'thematic'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

/**
 * scheduled: the grassroots sent the notice, the meeting is ahead.
 * postponed: moved to a new date (the meeting's `date` is the new one), still ahead.
 * held: took place with the official attending.
 * not_attended: took place, or was cancelled, without the official; `absenceReason` says why.
 */
export const MEETING_STATUSES = ['scheduled', 'postponed', 'held', 'not_attended'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Who from the grassroots leadership attends with the official (Bí thư / Phó Bí thư). */
export const HOST_ROLES = ['secretary', 'deputy'] as const;
export type HostRole = (typeof HOST_ROLES)[number];

export interface MeetingHost {
  /** null until the grassroots says who will attend. */
  role: HostRole | null;
  /** The person's name, when the notice gives it. */
  name: string;
  /** The grassroots confirmed that this person will attend. */
  confirmed: boolean;
}

/** One move of the meeting to a later date, kept so the history is never lost. */
export interface Postponement {
  fromDate: string;
  fromTime: string;
  /** The day the clerk recorded the postponement. */
  recordedOn: string;
  reason: string;
}

export interface Meeting {
  id: string;
  registrationId: string;
  /** The day it takes (or took) place; after a postponement, the new day. */
  date: string;
  /** "HH:mm". */
  startTime: string;
  /** "HH:mm", or '' when the notice gives only the start. */
  endTime: string;
  place: string;
  type: MeetingType;
  /** Expected agenda and content, as the notice gives it. */
  agenda: string;
  host: MeetingHost;
  /** The day the grassroots notice reached the committee. */
  noticeDate: string;
  status: MeetingStatus;
  postponements: Postponement[];
  /** Why the official did not attend (status not_attended). */
  absenceReason: string;
  /** Who from the grassroots leadership actually attended (status held). */
  hostAttended: HostRole | null;
  /** Party members present (status held), null when not recorded. */
  membersPresent: number | null;
  /** Others who attended, free text. */
  attendees: string;
  notes: string;
}

/** new → forwarded → answered → resolved; any open item may instead be closed with a reason. */
export const RECOMMENDATION_STATUSES = ['new', 'forwarded', 'answered', 'resolved', 'closed'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];

/** One dated step of a recommendation's follow-up. */
export interface RecommendationStep {
  status: RecommendationStatus;
  /** The day the step happened ("yyyy-mm-dd"). */
  date: string;
  /**
   * What the step says: for forwarded, the document or channel; for answered, the
   * response text; for resolved, how; for closed, why. Required where the rules say so.
   */
  note: string;
  /** Why intermediate steps were skipped (e.g. answered on the spot); '' when none were. */
  skipReason: string;
}

export interface Recommendation {
  id: string;
  meetingId: string;
  /** What was recommended or proposed. */
  content: string;
  /** Field (lĩnh vực), e.g. "Đất đai", "Y tế". */
  field: string;
  /** The committee or agency it is addressed to. */
  addressedTo: string;
  /** When an answer is due ("yyyy-mm-dd"), or '' when no deadline was set. */
  dueDate: string;
  /** The last step's status, kept on the record so it can be indexed. */
  status: RecommendationStatus;
  /** Every step, oldest first; the first is always 'new', dated the day it was raised. */
  history: RecommendationStep[];
}
