import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

export interface ReportCardProps {
  title: string;
  description: string;
  /** What the report covers (year, period) and the report date, left of the count. */
  controls: ReactNode;
  /** "57 chi bộ", shown bold before the export button; empty while loading. */
  count: ReactNode;
  countTestId: string;
  exportButton: { label: string; onClick: () => void; disabled: boolean; testId: string };
  /** Other ways out for the report ("In"), left of the export button. */
  actions?: ReactNode;
  /** Progress, result and the report's own notes or preview, under the controls. */
  children: ReactNode;
}

/** The shell every report on the Reports page shares: what it is, its period, its size, "Xuất Excel". */
export function ReportCard({ title, description, controls, count, countTestId, exportButton, actions, children }: ReportCardProps) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            {title}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {description}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            {controls}
            <Typography sx={{ fontWeight: 700, flexGrow: 1 }} data-testid={countTestId}>
              {count}
            </Typography>
            {actions}
            <Button
              variant="contained"
              startIcon={<FileDownloadIcon />}
              onClick={exportButton.onClick}
              disabled={exportButton.disabled}
              data-testid={exportButton.testId}
            >
              {exportButton.label}
            </Button>
          </Stack>
          {children}
        </Stack>
      </CardContent>
    </Card>
  );
}
