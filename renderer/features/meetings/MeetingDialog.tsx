import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/domain/meetings';
import { fieldErrors } from '../../../shared/domain/validation';
import { formatIsoVi } from '../../../shared/meetings/iso-date';
import { meetingWarnings } from '../../../shared/meetings/meeting-checks';
import { meetingNoticeSchema } from '../../../shared/meetings/meeting-schema';
import { useSaveAction } from '../../components/useSaveAction';
import { createMeeting, updateMeetingNotice } from '../../db/repositories/meetings';
import { useDb } from '../../db/useDb';
import { candidateMeeting, initialNoticeForm, noticeInputFromForm, type NoticeForm } from './notice-form';
import { NoticeFields } from './NoticeFields';
import type { MeetingsData } from './useMeetingsData';
import { warningDetail } from './warning-items';

export interface MeetingDialogProps {
  /** The meeting to edit; null to add one. */
  meeting: Meeting | null;
  /** The registration a new meeting starts with ("Lên lịch"), or ''. */
  registrationId: string;
  data: MeetingsData;
  today: string;
  noticeDays: number;
  onClose: () => void;
}

/**
 * Quick entry of a grassroots notice. "Lưu và thêm tiếp" (Ctrl+Enter) saves and starts the
 * next notice of the same registration, with the cursor on the date.
 */
export function MeetingDialog(props: MeetingDialogProps) {
  const { meeting, registrationId, onClose } = props;
  const { t } = useTranslation('meetings');
  // A fresh form per notice: its save state starts over, only the registration carries on.
  const [session, setSession] = useState({ n: 0, registrationId, saved: '' });
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="meeting-dialog" aria-labelledby="meeting-dialog-title">
      <DialogTitle id="meeting-dialog-title">{meeting ? t('dialog.editTitle') : t('dialog.addTitle')}</DialogTitle>
      <NoticeFormBody
        key={session.n}
        {...props}
        registrationId={session.registrationId}
        savedDate={session.saved}
        onSavedNext={(next, date) => setSession({ n: session.n + 1, registrationId: next, saved: date })}
      />
    </Dialog>
  );
}

type BodyProps = MeetingDialogProps & { savedDate: string; onSavedNext: (registrationId: string, date: string) => void };

function NoticeFormBody({ meeting, registrationId, data, today, noticeDays, onClose, savedDate, onSavedNext }: BodyProps) {
  const { t } = useTranslation('meetings');
  const { t: tc } = useTranslation('common');
  const db = useDb();
  const [form, setForm] = useState<NoticeForm>(() => initialNoticeForm(meeting, registrationId, today));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const after = useRef<{ next: boolean; registrationId: string; date: string }>({ next: false, registrationId: '', date: '' });
  const save = useSaveAction(() => (after.current.next ? onSavedNext(after.current.registrationId, after.current.date) : onClose()));
  const parsed = useMemo(() => meetingNoticeSchema.safeParse(noticeInputFromForm(form)), [form]);
  const candidate = useMemo(() => (parsed.success ? candidateMeeting(parsed.data, meeting) : null), [parsed, meeting]);
  const warnings = useCandidateWarnings(candidate, data, today, noticeDays);

  async function submit(next: boolean) {
    setErrors(Object.fromEntries(Object.entries(fieldErrors(parsed)).map(([field, key]) => [field, tc(key)])));
    if (!parsed.success) return;
    const notice = parsed.data;
    after.current = { next, registrationId: notice.registrationId, date: formatIsoVi(notice.date) };
    await save.run(() => (meeting ? updateMeetingNotice(db, meeting.id, notice) : createMeeting(db, notice)));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void submit(false);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !meeting) {
      event.preventDefault();
      void submit(true);
    }
  }

  return (
    // A flex column, so the fields scroll and the buttons stay in view on a low office screen.
    <Box component="form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
      <DialogContent sx={{ pt: 0 }}>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {savedDate && <Alert severity="success">{t('dialog.saved', { date: savedDate })}</Alert>}
          {save.saveError && <Alert severity="error">{save.saveError}</Alert>}
          <NoticeFields
            form={form}
            onChange={(change) => setForm((f) => ({ ...f, ...change }))}
            options={data.options}
            errors={errors}
            focus={form.registrationId && !meeting ? 'date' : 'registration'}
          />
          {warnings.length > 0 && (
            <Alert severity="warning" data-testid="meeting-dialog-warnings">
              <AlertTitle>{t('dialog.warningsTitle')}</AlertTitle>
              {warnings.map((w) => (
                <div key={w}>{w}</div>
              ))}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{tc('actions.cancel')}</Button>
        {!meeting && (
          <Tooltip title={t('dialog.saveNextHint')}>
            <span>
              <Button onClick={() => void submit(true)} disabled={save.saving} variant="outlined">
                {t('dialog.saveNext')}
              </Button>
            </span>
          </Tooltip>
        )}
        <Button type="submit" variant="contained" disabled={save.saving}>
          {tc('actions.save')}
        </Button>
      </DialogActions>
    </Box>
  );
}

/** The warnings the meeting would raise against the official's other meetings, as sentences. */
function useCandidateWarnings(candidate: Meeting | null, data: MeetingsData, today: string, noticeDays: number): string[] {
  const { t } = useTranslation('meetings');
  const byOfficial = useMemo(() => {
    const map = new Map<string, Meeting[]>();
    for (const row of data.rows) {
      const list = map.get(row.officialId);
      if (list) list.push(row.meeting);
      else map.set(row.officialId, [row.meeting]);
    }
    return map;
  }, [data.rows]);
  return useMemo(() => {
    if (!candidate) return [];
    const registration = data.directory.registrationById.get(candidate.registrationId);
    if (!registration) return [];
    const others = (byOfficial.get(registration.officialId) ?? []).filter((m) => m.id !== candidate.id);
    return meetingWarnings({ meetings: [...others, candidate], registrations: [registration], today, noticeDays })
      .filter((w) => w.kind !== 'unscheduledQuarter' && w.meetingId === candidate.id)
      .map((w) => warningDetail(t, w, data.rowById));
  }, [candidate, byOfficial, data, today, noticeDays, t]);
}
