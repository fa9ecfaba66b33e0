import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Meeting } from '../../../shared/domain/meetings';
import type { Registration } from '../../../shared/domain/types';
import { meetingWarnings, warningsByMeeting, type MeetingWarning } from '../../../shared/meetings/meeting-checks';
import { listCells } from '../../db/repositories/cells';
import { listMeetings } from '../../db/repositories/meetings';
import { listOfficials } from '../../db/repositories/officials';
import { listOrgs } from '../../db/repositories/orgs';
import { listRegistrations } from '../../db/repositories/registrations';
import { useDb } from '../../db/useDb';
import { buildDirectory, buildMeetingRows, registrationOptions, type Directory, type MeetingRow, type RegistrationOption } from './meeting-rows';

export interface MeetingsData {
  meetings: Meeting[];
  registrations: Registration[];
  directory: Directory;
  /** Sorted by day, then start. */
  rows: MeetingRow[];
  rowById: ReadonlyMap<string, MeetingRow>;
  options: RegistrationOption[];
  warnings: MeetingWarning[];
  warningsById: ReadonlyMap<string, MeetingWarning[]>;
}

/**
 * Every meeting joined with its official and cell, and the warnings over all of them. It
 * waits for every table: a warning computed from half-loaded data would be false.
 */
export function useMeetingsData(today: string, noticeDays: number): MeetingsData | undefined {
  const db = useDb();
  const meetings = useLiveQuery(() => listMeetings(db), [db]);
  const registrations = useLiveQuery(() => listRegistrations(db), [db]);
  const officials = useLiveQuery(() => listOfficials(db), [db]);
  const cells = useLiveQuery(() => listCells(db), [db]);
  const orgs = useLiveQuery(() => listOrgs(db), [db]);
  const directory = useMemo(
    () => (registrations && officials && cells && orgs ? buildDirectory(registrations, officials, cells, orgs) : undefined),
    [registrations, officials, cells, orgs],
  );
  const joined = useMemo(() => {
    if (!meetings || !directory || !registrations) return undefined;
    const rows = buildMeetingRows(meetings, directory);
    return { rows, rowById: new Map(rows.map((r) => [r.id, r])), options: registrationOptions(registrations, directory) };
  }, [meetings, directory, registrations]);
  const checked = useMemo(() => {
    if (!meetings || !registrations) return undefined;
    const warnings = meetingWarnings({ meetings, registrations, today, noticeDays });
    return { warnings, warningsById: warningsByMeeting(warnings) };
  }, [meetings, registrations, today, noticeDays]);
  return useMemo(
    () => (meetings && registrations && directory && joined && checked ? { meetings, registrations, directory, ...joined, ...checked } : undefined),
    [meetings, registrations, directory, joined, checked],
  );
}
