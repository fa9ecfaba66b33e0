import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOST_ROLES, type HostRole, type Meeting } from '../../../shared/domain/meetings';
import { fieldErrors } from '../../../shared/domain/validation';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { meetingResultSchema } from '../../../shared/meetings/meeting-schema';
import { FormDialog } from '../../components/FormDialog';
import { parseWholeNumber } from '../../components/form-values';
import { useSaveAction } from '../../components/useSaveAction';
import { recordMeetingResult } from '../../db/repositories/meetings';
import { useDb } from '../../db/useDb';
import { dateValue, normalizeTime } from './notice-form';
import { DateField, TimeField } from './NoticeFields';

export type ResultKind = 'held' | 'postponed' | 'not_attended';

export interface ResultDialogProps {
  kind: ResultKind;
  meeting: Meeting;
  today: string;
  onClose: () => void;
}

interface ResultForm {
  hostAttended: HostRole | '';
  membersPresent: string;
  attendees: string;
  notes: string;
  newDate: string;
  newStartTime: string;
  newEndTime: string;
  reason: string;
  absenceReason: string;
}

function initialForm(meeting: Meeting): ResultForm {
  return {
    hostAttended: meeting.host.confirmed && meeting.host.role ? meeting.host.role : '',
    membersPresent: '',
    attendees: '',
    notes: '',
    newDate: '',
    newStartTime: meeting.startTime,
    newEndTime: meeting.endTime,
    reason: '',
    absenceReason: '',
  };
}

/** What meetingResultSchema checks for the kind; bad values stay bad so it names them. */
function resultInput(kind: ResultKind, f: ResultForm): unknown {
  switch (kind) {
    case 'held':
      return {
        status: 'held',
        hostAttended: f.hostAttended === '' ? null : f.hostAttended,
        membersPresent: f.membersPresent.trim() === '' ? null : parseWholeNumber(f.membersPresent),
        attendees: f.attendees,
        notes: f.notes,
      };
    case 'postponed':
      return {
        status: 'postponed',
        newDate: dateValue(f.newDate),
        newStartTime: f.newStartTime.trim() === '' ? undefined : normalizeTime(f.newStartTime),
        newEndTime: f.newEndTime.trim() === '' ? '' : normalizeTime(f.newEndTime),
        reason: f.reason,
      };
    case 'not_attended':
      return { status: 'not_attended', absenceReason: f.absenceReason, notes: f.notes };
  }
}

const TITLE: Record<ResultKind, string> = {
  held: 'result.heldTitle',
  postponed: 'result.postponedTitle',
  not_attended: 'result.notAttendedTitle',
};

/** "Đã dự", "Hoãn" or "Không dự được" for one meeting. */
export function ResultDialog({ kind, meeting, today, onClose }: ResultDialogProps) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const [form, setForm] = useState<ResultForm>(() => initialForm(meeting));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useSaveAction(onClose);
  const set = (change: Partial<ResultForm>) => setForm((f) => ({ ...f, ...change }));
  const text = (field: 'attendees' | 'notes' | 'reason' | 'absenceReason' | 'membersPresent', label: string, multiline = false) => (
    <TextField
      label={label}
      value={form[field]}
      onChange={(e) => set({ [field]: e.target.value })}
      error={!!errors[field]}
      helperText={errors[field]}
      multiline={multiline}
      minRows={multiline ? 2 : undefined}
      required={field === 'reason' || field === 'absenceReason'}
    />
  );

  async function submit() {
    const parsed = meetingResultSchema.safeParse(resultInput(kind, form));
    const found = Object.fromEntries(Object.entries(fieldErrors(parsed)).map(([field, key]) => [field, tc(key)]));
    if (parsed.success && parsed.data.status === 'postponed' && parsed.data.newDate <= meeting.date) {
      found.newDate = t('result.mustBeLater', { date: formatIsoVi(meeting.date) });
    }
    setErrors(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    await save.run(() => recordMeetingResult(db, meeting.id, parsed.data, today));
  }

  return (
    <FormDialog title={t(TITLE[kind])} onClose={onClose} onSubmit={submit} save={save}>
      {kind === 'held' && (
        <>
          <FormControl component="fieldset">
            <FormLabel component="legend">{t('result.hostAttended')}</FormLabel>
            <RadioGroup
              row
              value={form.hostAttended}
              onChange={(e) => set({ hostAttended: HOST_ROLES.find((r) => r === e.target.value) ?? '' })}
            >
              <FormControlLabel value="" control={<Radio size="small" />} label={t('detail.none')} />
              {HOST_ROLES.map((role) => (
                <FormControlLabel key={role} value={role} control={<Radio size="small" />} label={t(`hostRole.${role}`)} />
              ))}
            </RadioGroup>
          </FormControl>
          {text('membersPresent', t('result.membersPresent'))}
          {text('attendees', t('result.attendees'))}
          {text('notes', t('result.notes'), true)}
        </>
      )}
      {kind === 'postponed' && (
        <>
          <Stack direction="row" spacing={1.5}>
            <DateField label={t('result.newDate')} value={form.newDate} onChange={(newDate) => set({ newDate })} error={errors.newDate} required autoFocus />
            <TimeField label={t('result.newStartTime')} value={form.newStartTime} onChange={(newStartTime) => set({ newStartTime })} error={errors.newStartTime} required />
            <TimeField label={t('result.newEndTime')} value={form.newEndTime} onChange={(newEndTime) => set({ newEndTime })} error={errors.newEndTime} />
          </Stack>
          {text('reason', t('result.reason'))}
        </>
      )}
      {kind === 'not_attended' && (
        <>
          {text('absenceReason', t('result.absenceReason'))}
          {text('notes', t('result.notes'), true)}
        </>
      )}
    </FormDialog>
  );
}
