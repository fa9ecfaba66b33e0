import CheckCircleIcon from '@mui/icons-material/CheckCircleOutlined';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HOST_ROLES, type HostRole, type Meeting } from '../../../shared/domain/meetings';
import { updateMeetingNotice } from '../../db/repositories/meetings';
import { useDb } from '../../db/useDb';
import { noticeInputFromMeeting } from './notice-form';

export interface ConfirmHostButtonProps {
  meeting: Meeting;
  /** Runs the change and shows why it failed. */
  onRun: (action: () => Promise<unknown>) => void;
}

/**
 * "Xác nhận Bí thư/Phó Bí thư dự": one click when the notice named who attends; otherwise
 * the clerk says which of the two the grassroots confirmed.
 */
export function ConfirmHostButton({ meeting, onRun }: ConfirmHostButtonProps) {
  const { t } = useTranslation('meetings');
  const db = useDb();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const confirm = (role: HostRole) => {
    setAnchor(null);
    const notice = noticeInputFromMeeting(meeting);
    onRun(() => updateMeetingNotice(db, meeting.id, { ...notice, host: { ...notice.host, role, confirmed: true } }));
  };
  const role = meeting.host.role;
  return (
    <>
      <Button
        variant="contained"
        startIcon={<CheckCircleIcon />}
        onClick={(e) => (role ? confirm(role) : setAnchor(e.currentTarget))}
        aria-haspopup={role ? undefined : 'menu'}
        data-testid="meeting-confirm-host"
      >
        {t('detail.confirmHost')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {HOST_ROLES.map((r) => (
          <MenuItem key={r} onClick={() => confirm(r)} data-testid={`meeting-confirm-host-${r}`}>
            {t('detail.confirmAs', { role: t(`hostRole.${r}`) })}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
