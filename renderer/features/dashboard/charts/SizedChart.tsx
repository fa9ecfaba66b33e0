/**
 * On screen a chart fills its column (ResponsiveContainer); printed it has a fixed width so
 * the page never lays out differently from the preview. The chart inside reads the size from
 * ResponsiveContainer's context, or from the width/height props it was given.
 */
import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface SizedChartProps {
  /** undefined: as wide as the column. */
  width: number | undefined;
  height: number;
  children: ReactElement;
}

export function SizedChart({ width, height, children }: SizedChartProps) {
  if (width !== undefined) return children;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}
