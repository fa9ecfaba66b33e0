import type { Meeting, Recommendation } from '../../../shared/domain/meetings';
import type { GrassrootsOrg, Official, PartyCell, Quarter, Registration } from '../../../shared/domain/types';
import {
  meetingProgressByQuarter,
  meetingsBetween,
  recommendationStatusCounts,
  registrationsWithoutMeetingInQuarter,
  type QuarterProgress,
  type RecommendationCounts,
} from '../../../shared/meetings/aggregate';
import { addDays, quarterOf, weekStart, yearOf } from '../../../shared/meetings/iso-date';
import { isOverdue } from '../../../shared/meetings/recommendation-flow';

export interface PanelSources {
  meetings: readonly Meeting[];
  registrations: readonly Registration[];
  officials: readonly Official[];
  cells: readonly PartyCell[];
  orgs: readonly GrassrootsOrg[];
  recommendations: readonly Recommendation[];
}

interface Names {
  officialName: string;
  cellName: string;
  orgName: string;
}

export interface WeekMeeting extends Names {
  meeting: Meeting;
}

export interface UnscheduledRegistration extends Names {
  id: string;
}

export interface MeetingsPanelData {
  weekFrom: string;
  weekTo: string;
  weekMeetings: WeekMeeting[];
  /** Today's quarter, whatever year the page shows: "nothing scheduled yet" is about now. */
  quarter: { year: number; quarter: Quarter };
  unscheduled: UnscheduledRegistration[];
  /** Nearest (most overdue) first. */
  overdue: Recommendation[];
  progress: QuarterProgress[];
  recCounts: RecommendationCounts;
}

/** What the dashboard shows about meetings and recommendations; `year` is the page's year. */
export function buildMeetingsPanelData(sources: PanelSources, year: number, today: string): MeetingsPanelData {
  const officialById = new Map(sources.officials.map((o) => [o.id, o]));
  const cellById = new Map(sources.cells.map((c) => [c.id, c]));
  const orgById = new Map(sources.orgs.map((o) => [o.id, o]));
  const registrationById = new Map(sources.registrations.map((r) => [r.id, r]));
  const names = (registration: Registration | undefined) => {
    const cell = registration && cellById.get(registration.cellId);
    return {
      officialName: (registration && officialById.get(registration.officialId)?.name) ?? '',
      cellName: cell?.name ?? '',
      orgName: (cell && orgById.get(cell.orgId)?.name) ?? '',
    };
  };
  const meetings = [...sources.meetings];
  const weekFrom = weekStart(today);
  const weekTo = addDays(weekFrom, 13);
  const weekMeetings = meetingsBetween(meetings, weekFrom, weekTo).map((meeting) => ({
    meeting,
    ...names(registrationById.get(meeting.registrationId)),
  }));
  const quarter = { year: yearOf(today), quarter: quarterOf(today) };
  const ofYear = (y: number) => sources.registrations.filter((r) => r.years.includes(y));
  const unscheduled = registrationsWithoutMeetingInQuarter(ofYear(quarter.year), meetings, quarter.year, quarter.quarter).map(
    (registration) => ({ id: registration.id, ...names(registration) }),
  );
  const overdue = sources.recommendations
    .filter((rec) => isOverdue(rec, today))
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  return {
    weekFrom,
    weekTo,
    weekMeetings,
    quarter,
    unscheduled,
    overdue,
    progress: meetingProgressByQuarter(year, ofYear(year), meetings),
    recCounts: recommendationStatusCounts([...sources.recommendations], today),
  };
}
