/**
 * A bar (or a segment of a stacked bar) that opens the records it counts. Recharts draws it
 * through `Bar shape`; it is an SVG button of its own (role, name, Tab, Enter/Space) so the
 * keyboard and e2e tests reach "uncovered cells of type Xã" without hovering or pixel hunting.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import type { BarShapeProps } from 'recharts';
import type { DrillFilter } from '../../../../shared/dashboard/types';
import type { SeriesStyle } from './chart-colors';

export interface DrillBarSpec<Row> {
  /** One style for the whole series, or one per row (a bar per category, coloured by meaning). */
  style: SeriesStyle | ((row: Row) => SeriesStyle);
  /** How many records the bar stands for: a bar of 0 draws nothing and opens nothing. */
  count(row: Row): number;
  testId(row: Row): string;
  label(row: Row): string;
  filter(row: Row): DrillFilter;
  onDrill(filter: DrillFilter): void;
}

/** A `shape` render function for a recharts Bar whose data rows are `Row`s. */
export function drillBarShape<Row>(spec: DrillBarSpec<Row>): (props: BarShapeProps) => ReactNode {
  return function renderDrillBar(props: BarShapeProps) {
    const row = props.payload as Row | undefined;
    if (row === undefined || spec.count(row) <= 0) return null;
    return (
      <DrillBar
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        style={typeof spec.style === 'function' ? spec.style(row) : spec.style}
        testId={spec.testId(row)}
        label={spec.label(row)}
        onActivate={() => spec.onDrill(spec.filter(row))}
      />
    );
  };
}

interface DrillBarProps {
  x: number;
  y: number;
  width: number;
  height: number;
  style: SeriesStyle;
  testId: string;
  label: string;
  onActivate(): void;
}

function DrillBar({ x, y, width, height, style, testId, label, onActivate }: DrillBarProps) {
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onActivate();
    }
  };
  return (
    <rect
      x={x}
      y={y}
      width={Math.max(0, width)}
      height={Math.max(0, height)}
      fill={style.fill}
      stroke={style.stroke}
      strokeWidth={style.stroke ? 1 : 0}
      data-testid={testId}
      role="button"
      tabIndex={0}
      aria-label={label}
      onClick={onActivate}
      onKeyDown={onKeyDown}
      style={{ cursor: 'pointer' }}
    />
  );
}
