/**
 * The flow network for one prepared instance. One unit of flow is one suggestion that
 * covers one cell:
 *
 *   source ─(k-th add: add + spread)──────────▶ official ─(field)─▶ uncovered cell ─(1)─▶ sink
 *   source ─(k-th move: spread)─▶ crowded cell ─(registration)─┘
 *
 * Officials reach the uncovered cells of their areas by direct arcs. Officials who may go
 * anywhere, and everyone when outside-area suggestions are allowed, reach cells through
 * hubs instead (one for all cells, one per field), so the province case has tens of
 * thousands of arcs rather than officials × cells. A hub path never costs less than the
 * direct pairing it stands for, and costs exactly that for the pairings it is meant for, so
 * the optimum is the same as with every official-cell arc present.
 */
import { chooseCostModel, addSpreadCost, moveSpreadCost, type CostModel } from './cost-model';
import { MinCostFlow } from './min-cost-flow';
import { fieldMatches, type MovableRegistration, type PreparedInstance } from './prepare';

/** Hubs let every official into all uncovered cells (0) or into those of one field (1 + field index). */
export const HUB_ALL = 0;

export interface SolverNetwork {
  graph: MinCostFlow;
  source: number;
  sink: number;
  model: CostModel;
  moveEdges: { movable: MovableRegistration; edge: number }[];
  directEdges: { official: number; cell: number; edge: number }[];
  hubInEdges: { hub: number; official: number; edge: number }[];
  hubOutEdges: { hub: number; cell: number; edge: number }[];
}

/** Most suggestions any plan can hold: uncovered cells, and what officials and donors can supply. */
function unitBound(p: PreparedInstance): number {
  const n = p.uncovered.length;
  let supply = 0;
  for (const o of p.officials) supply += Math.min(o.spare, n);
  for (const d of p.donors) supply += d.canGive;
  return Math.min(n, supply);
}

function uncoveredByArea(p: PreparedInstance): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const c of p.uncovered) {
    const area = p.cells[c]!.cell.area;
    const list = map.get(area);
    if (list) list.push(c);
    else map.set(area, [c]);
  }
  return map;
}

/** Node numbering: source, sink, officials, donors, uncovered cells, hubs. */
interface Layout {
  p: PreparedInstance;
  model: CostModel;
  movesOf: Map<number, MovableRegistration[]>;
  suppliers: number[];
  usesHub: (official: number) => boolean;
  hubOfField: Map<string, number>;
  official: (i: number) => number;
  donor: (k: number) => number;
  cell: Map<number, number>;
  hub: (h: number) => number;
  nodeCount: number;
}

function layout(p: PreparedInstance): Layout {
  const allowOutside = p.instance.rules.allowOutsideArea;
  const movesOf = new Map<number, MovableRegistration[]>();
  for (const d of p.donors) {
    for (const m of d.movable) {
      const list = movesOf.get(m.official);
      if (list) list.push(m);
      else movesOf.set(m.official, [m]);
    }
  }
  const suppliers = p.officials.flatMap((o, i) => (o.spare > 0 || movesOf.has(i) ? [i] : []));
  const usesHub = (i: number) => p.officials[i]!.areas === null || allowOutside;
  // Field hubs only for fields both a hub-using official and an uncovered cell have.
  const officialFields = new Set(suppliers.filter(usesHub).map((i) => p.officials[i]!.fieldKey).filter((f) => f !== ''));
  const fieldHubs = [...new Set(p.uncovered.map((c) => p.cells[c]!.fieldKey))].filter((f) => officialFields.has(f)).sort();
  const donorBase = 2 + p.officials.length;
  const cellBase = donorBase + p.donors.length;
  const hubBase = cellBase + p.uncovered.length;
  const hubCount = suppliers.some(usesHub) ? 1 + fieldHubs.length : 0;
  return {
    p,
    model: chooseCostModel(unitBound(p), allowOutside),
    movesOf,
    suppliers,
    usesHub,
    hubOfField: new Map(fieldHubs.map((f, i) => [f, 1 + i])),
    official: (i) => 2 + i,
    donor: (k) => donorBase + k,
    cell: new Map(p.uncovered.map((c, k) => [c, cellBase + k])),
    hub: (h) => hubBase + h,
    nodeCount: hubBase + hubCount,
  };
}

/** Convex marginal costs as arcs; equal neighbours share one arc (a capacity 1000 is one or few arcs). */
function addConvex(graph: MinCostFlow, from: number, to: number, count: number, marginal: (k: number) => number): void {
  let run = 0;
  let cost = 0;
  for (let k = 1; k <= count; k++) {
    const c = marginal(k);
    if (run > 0 && c !== cost) {
      graph.addEdge(from, to, run, cost);
      run = 0;
    }
    cost = c;
    run++;
  }
  if (run > 0) graph.addEdge(from, to, run, cost);
}

/** Source arcs: an official's k-th add, a crowded cell's k-th departure, and who may depart. */
function addSupply(net: SolverNetwork, l: Layout): void {
  const { p, model } = l;
  const { graph } = net;
  for (const i of l.suppliers) {
    const o = p.officials[i]!;
    const adds = Math.min(o.spare, p.uncovered.length);
    addConvex(graph, net.source, l.official(i), adds, (k) => model.add + addSpreadCost(o.load + k, o.official.capacity, model.spread));
  }
  p.donors.forEach((d, k) => {
    const count = p.cells[d.cell]!.registrants;
    addConvex(graph, net.source, l.donor(k), d.canGive, (j) => moveSpreadCost(count - j + 1, model.spread));
    for (const m of d.movable) net.moveEdges.push({ movable: m, edge: graph.addEdge(l.donor(k), l.official(m.official), 1, 0) });
  });
}

/** Official arcs: straight to the uncovered cells of their areas, or into the hubs. */
function addReach(net: SolverNetwork, l: Layout): void {
  const { p, model } = l;
  const byArea = uncoveredByArea(p);
  for (const i of l.suppliers) {
    const o = p.officials[i]!;
    for (const area of o.areas === null ? [] : [...o.areas].sort()) {
      for (const c of byArea.get(area) ?? []) {
        const cost = fieldMatches(o, p.cells[c]!) ? 0 : model.field;
        net.directEdges.push({ official: i, cell: c, edge: net.graph.addEdge(l.official(i), l.cell.get(c)!, 1, cost) });
      }
    }
    if (!l.usesHub(i)) continue;
    const outside = o.areas === null ? 0 : model.outside;
    const cap = Math.min(o.spare, p.uncovered.length) + (l.movesOf.get(i)?.length ?? 0);
    const enter = (hub: number, cost: number) => net.hubInEdges.push({ hub, official: i, edge: net.graph.addEdge(l.official(i), l.hub(hub), cap, cost) });
    enter(HUB_ALL, outside + model.field);
    const fieldHub = l.hubOfField.get(o.fieldKey);
    if (fieldHub !== undefined) enter(fieldHub, outside);
  }
}

/** Cell arcs: from the hubs that serve them, and one unit each to the sink. */
function addCells(net: SolverNetwork, l: Layout): void {
  const { p } = l;
  const hasHubs = l.nodeCount > l.hub(0);
  for (const c of p.uncovered) {
    const node = l.cell.get(c)!;
    if (hasHubs) {
      net.hubOutEdges.push({ hub: HUB_ALL, cell: c, edge: net.graph.addEdge(l.hub(HUB_ALL), node, 1, 0) });
      const fieldHub = l.hubOfField.get(p.cells[c]!.fieldKey);
      if (fieldHub !== undefined) net.hubOutEdges.push({ hub: fieldHub, cell: c, edge: net.graph.addEdge(l.hub(fieldHub), node, 1, 0) });
    }
    net.graph.addEdge(node, net.sink, 1, 0);
  }
}

export function buildNetwork(p: PreparedInstance): SolverNetwork {
  const l = layout(p);
  const graph = new MinCostFlow(l.nodeCount);
  const net: SolverNetwork = { graph, source: 0, sink: 1, model: l.model, moveEdges: [], directEdges: [], hubInEdges: [], hubOutEdges: [] };
  addSupply(net, l);
  addReach(net, l);
  addCells(net, l);
  return net;
}
