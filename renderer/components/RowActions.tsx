import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';

export interface RowActionsProps {
  /** The row's name, so screen readers hear "Sửa: Chi bộ thôn 1", not twenty identical "Sửa". */
  itemName: string;
  onEdit: () => void;
  onDelete: () => void;
  /** When set, delete is disabled and the tooltip says why. */
  deleteDisabledReason?: string;
}

/** Edit and delete buttons for one grid row. */
export function RowActions({ itemName, onEdit, onDelete, deleteDisabledReason }: RowActionsProps) {
  const { t } = useTranslation('common');
  const editLabel = `${t('actions.edit')}: ${itemName}`;
  const deleteLabel = `${t('actions.delete')}: ${itemName}`;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', height: '100%' }}>
      {/* describeChild: the tooltip describes; the button's own label (with the row's name) names it. */}
      <Tooltip title={t('actions.edit')} describeChild>
        <IconButton size="small" aria-label={editLabel} onClick={onEdit}>
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Tooltip title={deleteDisabledReason ?? t('actions.delete')} describeChild>
        {/* A disabled button fires no events, so the tooltip hangs on a wrapper. */}
        <span>
          <IconButton size="small" aria-label={deleteLabel} onClick={onDelete} disabled={deleteDisabledReason !== undefined}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </span>
      </Tooltip>
    </Box>
  );
}
