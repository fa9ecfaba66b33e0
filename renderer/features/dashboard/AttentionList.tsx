import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../components/format';

/** How many items an attention list names before "và N mục khác". */
export const SHOWN_ITEMS = 5;

export interface AttentionListProps {
  /** On the number and its label, e.g. dashboard-overdue-count. */
  testId: string;
  count: number;
  label: string;
  /** The first SHOWN_ITEMS items at most: building thousands of item texts to show five is what froze the page. */
  items: readonly { key: string; text: string; href?: string }[];
  link: { href: string; text: string };
  help?: string;
}

/** A count that needs action, the first few items, and the page where the rest are. */
export function AttentionList({ testId, count, label, items, link, help }: AttentionListProps) {
  const { t } = useTranslation('dashboard');
  return (
    <Box>
      <Typography component="p" variant="body1" data-testid={testId}>
        <Box component="span" sx={{ fontSize: '1.6rem', fontWeight: 700, color: count > 0 ? 'warning.dark' : 'text.primary' }}>
          {formatCount(count)}
        </Box>{' '}
        {label}
      </Typography>
      {help && (
        <Typography variant="caption" color="text.secondary" component="p">
          {help}
        </Typography>
      )}
      {items.length > 0 && (
        <Box component="ul" sx={{ my: 0.5, pl: 3 }}>
          {items.slice(0, SHOWN_ITEMS).map((item) => (
            <Typography component="li" variant="body2" key={item.key}>
              {item.href ? <Link href={item.href}>{item.text}</Link> : item.text}
            </Typography>
          ))}
          {count > Math.min(items.length, SHOWN_ITEMS) && (
            <Typography component="li" variant="body2" color="text.secondary" sx={{ listStyle: 'none' }}>
              {t('meetings.more', { count: count - Math.min(items.length, SHOWN_ITEMS) })}
            </Typography>
          )}
        </Box>
      )}
      {count > 0 && <Link href={link.href}>{link.text}</Link>}
    </Box>
  );
}
