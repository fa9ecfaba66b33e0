import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';

export interface KpiCardProps {
  testId: string;
  value: string;
  label: string;
  /** A second line: the share, or the other count the number must not be confused with. */
  detail?: string;
  /** Draws the eye to what needs action (uncovered, crowded) without relying on colour alone. */
  tone?: 'default' | 'warning';
}

export function KpiCard({ testId, value, label, detail, tone = 'default' }: KpiCardProps) {
  return (
    <Card
      variant="outlined"
      data-testid={testId}
      sx={{ height: '100%', borderLeftWidth: 6, borderLeftColor: tone === 'warning' ? 'warning.main' : 'primary.main' }}
    >
      <CardContent>
        <Typography component="p" variant="h4" sx={{ fontWeight: 700 }} data-testid={`${testId}-value`}>
          {value}
        </Typography>
        <Typography component="p" variant="body1">
          {label}
        </Typography>
        {detail && (
          <Typography component="p" variant="body2" color="text.secondary">
            {detail}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}
