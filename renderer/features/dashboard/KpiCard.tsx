import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
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
  /** Makes the whole card a button that opens the records behind the number (named by its own text). */
  onClick?: () => void;
}

export function KpiCard({ testId, value, label, detail, tone = 'default', onClick }: KpiCardProps) {
  const content = (
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
  );
  return (
    <Card
      variant="outlined"
      data-testid={testId}
      sx={{ height: '100%', borderLeftWidth: 6, borderLeftColor: tone === 'warning' ? 'warning.main' : 'primary.main' }}
    >
      {onClick ? (
        <CardActionArea onClick={onClick} sx={{ height: '100%', alignItems: 'flex-start' }}>
          {content}
        </CardActionArea>
      ) : (
        content
      )}
    </Card>
  );
}
