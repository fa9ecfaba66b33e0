/**
 * What changed between two submissions from the same district for the same period: what the
 * province's clerk reads before accepting the newer file in place of the older one.
 */
import type { DashboardKpi } from '../dashboard/types';

/** A Party cell named as the clerk knows it. */
export interface CellRef {
  id: string;
  name: string;
  orgName: string;
}

/** A registration named by who registered and where. */
export interface RegistrationRef {
  id: string;
  officialName: string;
  cellName: string;
  orgName: string;
  /** As the registration lists print it (formatPeriodVi): "Quý I, III năm 2026", "Cả nhiệm kỳ 2025–2030". */
  periodText: string;
}

/** The same registration id, with a different cell, official or period. */
export interface RegistrationChange {
  before: RegistrationRef;
  after: RegistrationRef;
}

export interface SubmissionChanges {
  /** generatedAt of the submission replaced, and of the one that replaced it. */
  fromGeneratedAt: string;
  toGeneratedAt: string;
  cellsAdded: CellRef[];
  cellsRemoved: CellRef[];
  registrationsAdded: RegistrationRef[];
  registrationsRemoved: RegistrationRef[];
  registrationsChanged: RegistrationChange[];
  /** The district's figures for the period, before and after. */
  kpiBefore: DashboardKpi;
  kpiAfter: DashboardKpi;
  /** True when nothing above differs (the same data sent again, maybe with a newer date). */
  unchanged: boolean;
}
