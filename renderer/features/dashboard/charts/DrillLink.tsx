import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import { PNG_EXCLUDE_ATTRIBUTE } from './chart-png';

export interface DrillLinkProps {
  testId: string;
  onClick(): void;
  children: ReactNode;
}

/** A link under a chart that opens a list; left out of the chart's PNG (nothing to click in an image). */
export function DrillLink({ testId, onClick, children }: DrillLinkProps) {
  return (
    <Link
      component="button"
      variant="body2"
      data-testid={testId}
      {...{ [PNG_EXCLUDE_ATTRIBUTE]: '' }}
      onClick={onClick}
      sx={{ verticalAlign: 'baseline' }}
    >
      {children}
    </Link>
  );
}
