/**
 * The balancing solver's input and output. An instance is a self-contained snapshot of
 * one year: who may attend where, who already registered where, and the rules. It is what
 * the CLI reads as JSON (validated by `solverInstanceSchema` in ./schema) and what
 * `instanceFromData` builds from the app's records.
 */

export interface SolverOfficial {
  id: string;
  name: string;
  /** Most cells the official attends in the year. */
  capacity: number;
  /** Area keys the official may be sent to; empty means anywhere (whole province). */
  areas: string[];
  /** Field in charge (lĩnh vực phụ trách); a cell with the same field is preferred. */
  field?: string;
}

export interface SolverCell {
  id: string;
  name: string;
  orgId: string;
  orgName: string;
  /** Area key, compared exactly with officials' `areas`. */
  area: string;
  field?: string;
}

/** A registration that covers the instance's year. */
export interface SolverRegistration {
  id: string;
  officialId: string;
  cellId: string;
  /** Never moved (it counts like any other): in the app, a registration that already has meetings. */
  fixed?: boolean;
}

export interface SolverRules {
  /** A cell with at least this many distinct registrants is crowded (default 3). */
  crowdingThreshold: number;
  /** May an official be suggested a cell outside their areas (at a cost)? */
  allowOutsideArea: boolean;
  /** Registrants a cell needs to count as covered; a move never leaves its cell with fewer. */
  minPerCell: 1;
}

export interface SolverInstance {
  year: number;
  officials: SolverOfficial[];
  cells: SolverCell[];
  registrations: SolverRegistration[];
  rules: SolverRules;
}

export interface AddSuggestion {
  kind: 'add';
  officialId: string;
  cellId: string;
  /** One Vietnamese sentence. */
  reason: string;
}

export interface MoveSuggestion {
  kind: 'move';
  registrationId: string;
  officialId: string;
  fromCellId: string;
  toCellId: string;
  reason: string;
}

export type Suggestion = AddSuggestion | MoveSuggestion;

export interface SolverSummary {
  /** Cells in the instance. */
  cells: number;
  cellsCoveredBefore: number;
  cellsCoveredAfter: number;
  crowdedBefore: number;
  crowdedAfter: number;
  moves: number;
  adds: number;
  /** Most cells any one official attends after the changes. */
  maxLoad: number;
}

export interface SolverResult {
  suggestions: Suggestion[];
  summary: SolverSummary;
}
