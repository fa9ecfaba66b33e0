/**
 * `solve`: the smallest set of changes that covers as many uncovered cells as possible,
 * optimal for the cost model in ./cost-model, as a min-cost max-flow (./build-network).
 * Same instance, same suggestions in the same order, whatever the input order.
 */
import { buildNetwork, type SolverNetwork } from './build-network';
import { explainAdd, explainMove, type PlacementFacts } from './explain';
import { fieldMatches, isInside, prepare, type MovableRegistration, type PreparedInstance } from './prepare';
import type { SolverInstance, SolverResult, SolverSummary, Suggestion } from './types';

export interface Plan {
  moves: { movable: MovableRegistration; cell: number }[];
  adds: { official: number; cell: number }[];
}

/** Cells each official was routed to: direct arcs, then hub units paired in index order. */
function targetsByOfficial(net: SolverNetwork): Map<number, number[]> {
  const targets = new Map<number, number[]>();
  const give = (official: number, cell: number) => {
    const list = targets.get(official);
    if (list) list.push(cell);
    else targets.set(official, [cell]);
  };
  for (const e of net.directEdges) if (net.graph.flowOn(e.edge) > 0) give(e.official, e.cell);
  const hubs = new Map<number, { officials: number[]; cells: number[] }>();
  const hub = (h: number) => {
    let entry = hubs.get(h);
    if (!entry) hubs.set(h, (entry = { officials: [], cells: [] }));
    return entry;
  };
  for (const e of net.hubInEdges) for (let k = net.graph.flowOn(e.edge); k > 0; k--) hub(e.hub).officials.push(e.official);
  for (const e of net.hubOutEdges) if (net.graph.flowOn(e.edge) > 0) hub(e.hub).cells.push(e.cell);
  // Every pairing through a hub costs what the flow paid for it (see build-network.ts).
  for (const h of [...hubs.keys()].sort((a, b) => a - b)) {
    const { officials, cells } = hubs.get(h)!;
    officials.sort((a, b) => a - b);
    cells.sort((a, b) => a - b);
    officials.forEach((o, k) => give(o, cells[k]!));
  }
  return targets;
}

/** Splits each official's cells between their moved registrations (same area first) and adds. */
function decode(p: PreparedInstance, net: SolverNetwork): Plan {
  const targets = targetsByOfficial(net);
  const movedBy = new Map<number, MovableRegistration[]>();
  for (const e of net.moveEdges) {
    if (net.graph.flowOn(e.edge) === 0) continue;
    const list = movedBy.get(e.movable.official);
    if (list) list.push(e.movable);
    else movedBy.set(e.movable.official, [e.movable]);
  }
  const plan: Plan = { moves: [], adds: [] };
  for (const [official, cells] of [...targets.entries()].sort((a, b) => a[0] - b[0])) {
    const remaining = [...cells].sort((a, b) => a - b);
    for (const movable of movedBy.get(official) ?? []) {
      const area = p.cells[movable.cell]!.cell.area;
      const k = Math.max(0, remaining.findIndex((c) => p.cells[c]!.cell.area === area));
      const [cell] = remaining.splice(k, 1);
      if (cell === undefined) throw new Error('solver: a moved registration has no target cell');
      plan.moves.push({ movable, cell });
    }
    for (const cell of remaining) plan.adds.push({ official, cell });
  }
  return plan;
}

export function findPlan(instance: SolverInstance): { prepared: PreparedInstance; plan: Plan; network: SolverNetwork } {
  const prepared = prepare(instance);
  const network = buildNetwork(prepared);
  network.graph.run(network.source, network.sink);
  return { prepared, plan: decode(prepared, network), network };
}

function facts(p: PreparedInstance, official: number, cell: number): PlacementFacts {
  const o = p.officials[official]!;
  const c = p.cells[cell]!;
  return {
    officialName: o.official.name,
    to: c.cell,
    inside: isInside(o, c),
    anywhere: o.areas === null,
    ...(fieldMatches(o, c) ? { field: c.cell.field ?? '' } : {}),
  };
}

/** Suggestions by official id; each official's moves before their adds, then by cell id. */
function suggestionsOf(p: PreparedInstance, plan: Plan): Suggestion[] {
  const out: { official: number; order: number; cell: number; s: Suggestion }[] = [];
  for (const { movable, cell } of plan.moves) {
    const o = p.officials[movable.official]!;
    const from = p.cells[movable.cell]!;
    out.push({
      official: movable.official, order: 0, cell,
      s: {
        kind: 'move', registrationId: movable.registration.id, officialId: o.official.id, fromCellId: from.cell.id, toCellId: p.cells[cell]!.cell.id,
        reason: explainMove({ ...facts(p, movable.official, cell), from: from.cell, fromRegistrants: from.registrants }),
      },
    });
  }
  const addsSoFar = new Map<number, number>();
  for (const { official, cell } of plan.adds) {
    const o = p.officials[official]!;
    const k = (addsSoFar.get(official) ?? 0) + 1;
    addsSoFar.set(official, k);
    out.push({
      official, order: 1, cell,
      s: { kind: 'add', officialId: o.official.id, cellId: p.cells[cell]!.cell.id, reason: explainAdd({ ...facts(p, official, cell), loadAfter: o.load + k, capacity: o.official.capacity }) },
    });
  }
  return out.sort((a, b) => a.official - b.official || a.order - b.order || a.cell - b.cell).map((x) => x.s);
}

function summarize(p: PreparedInstance, plan: Plan): SolverSummary {
  const registrants = p.cells.map((c) => c.registrants);
  const load = p.officials.map((o) => o.load);
  for (const { movable, cell } of plan.moves) {
    registrants[movable.cell]! -= 1;
    registrants[cell]! += 1;
  }
  for (const { official, cell } of plan.adds) {
    load[official]! += 1;
    registrants[cell]! += 1;
  }
  const threshold = p.instance.rules.crowdingThreshold;
  return {
    cells: p.cells.length,
    cellsCoveredBefore: p.cells.filter((c) => c.registrants > 0).length,
    cellsCoveredAfter: registrants.filter((n) => n > 0).length,
    crowdedBefore: p.cells.filter((c) => c.registrants >= threshold).length,
    crowdedAfter: registrants.filter((n) => n >= threshold).length,
    moves: plan.moves.length,
    adds: plan.adds.length,
    maxLoad: load.reduce((m, x) => Math.max(m, x), 0),
  };
}

export function solve(instance: SolverInstance): SolverResult {
  const { prepared, plan } = findPlan(instance);
  return { suggestions: suggestionsOf(prepared, plan), summary: summarize(prepared, plan) };
}
