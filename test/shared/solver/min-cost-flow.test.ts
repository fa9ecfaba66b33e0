import { describe, expect, it } from 'vitest';
import { MinCostFlow } from '../../../shared/solver/min-cost-flow';
import { Random } from '../../../shared/sample/random';

interface Edge {
  u: number;
  v: number;
  cap: number;
  cost: number;
}

/** Textbook reference: Bellman-Ford successive shortest paths, one path at a time. */
function referenceMinCostMaxFlow(n: number, edges: Edge[], s: number, t: number): { flow: number; cost: number } {
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const from: number[] = [];
  for (const e of edges) {
    from.push(e.u, e.v);
    to.push(e.v, e.u);
    cap.push(e.cap, 0);
    cost.push(e.cost, -e.cost);
  }
  let flow = 0;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(n).fill(Infinity);
    const via = new Array<number>(n).fill(-1);
    dist[s] = 0;
    for (let round = 0; round < n; round++) {
      let changed = false;
      for (let a = 0; a < to.length; a++) {
        const u = from[a]!;
        if (cap[a]! > 0 && dist[u]! + cost[a]! < dist[to[a]!]!) {
          dist[to[a]!] = dist[u]! + cost[a]!;
          via[to[a]!] = a;
          changed = true;
        }
      }
      if (!changed) break;
    }
    if (dist[t] === Infinity) return { flow, cost: total };
    let push = Infinity;
    for (let v = t; v !== s; v = from[via[v]!]!) push = Math.min(push, cap[via[v]!]!);
    for (let v = t; v !== s; v = from[via[v]!]!) {
      cap[via[v]!]! -= push;
      cap[via[v]! ^ 1]! += push;
    }
    flow += push;
    total += push * dist[t]!;
  }
}

function randomGraph(rng: Random): { n: number; edges: Edge[] } {
  const n = rng.int(2, 9);
  const edges: Edge[] = [];
  const m = rng.int(0, n * 3);
  for (let i = 0; i < m; i++) {
    edges.push({ u: rng.int(0, n - 1), v: rng.int(0, n - 1), cap: rng.int(0, 4), cost: rng.pick([0, 0, 1, 2, 3, 7, 50]) });
  }
  return { n, edges };
}

describe('MinCostFlow', () => {
  it('solves a small network by hand', () => {
    // Three units reach 3: 0-1-3 at 2 (its cap is 1), then 0-2-3 and 0-1-2-3 at 5 each.
    const g = new MinCostFlow(4);
    g.addEdge(0, 1, 2, 1);
    const b = g.addEdge(1, 3, 1, 1);
    g.addEdge(0, 2, 2, 2);
    g.addEdge(2, 3, 2, 3);
    g.addEdge(1, 2, 1, 1);
    expect(g.run(0, 3)).toEqual({ flow: 3, cost: 2 + 5 + 5 });
    expect(g.flowOn(b)).toBe(1);
  });

  it('respects a flow limit and returns zero when the sink is unreachable', () => {
    const g = new MinCostFlow(3);
    g.addEdge(0, 1, 5, 1);
    g.addEdge(1, 2, 5, 1);
    expect(g.run(0, 2, 3)).toEqual({ flow: 3, cost: 6 });
    const h = new MinCostFlow(3);
    h.addEdge(0, 1, 5, 1);
    expect(h.run(0, 2)).toEqual({ flow: 0, cost: 0 });
  });

  it('uses a residual (backward) arc when that is the only way to more flow', () => {
    // The classic trap: the cheapest first path 0-1-2-3 blocks both others unless undone.
    const g = new MinCostFlow(4);
    g.addEdge(0, 1, 1, 0);
    g.addEdge(0, 2, 1, 5);
    g.addEdge(1, 2, 1, 0);
    g.addEdge(1, 3, 1, 5);
    g.addEdge(2, 3, 1, 0);
    expect(g.run(0, 3)).toEqual({ flow: 2, cost: 10 });
  });

  it('refuses costs and capacities it cannot handle exactly', () => {
    const g = new MinCostFlow(2);
    expect(() => g.addEdge(0, 1, 1, -1)).toThrow(RangeError);
    expect(() => g.addEdge(0, 1, 1, 0.5)).toThrow(RangeError);
    expect(() => g.addEdge(0, 1, -1, 0)).toThrow(RangeError);
    expect(() => g.addEdge(0, 2, 1, 0)).toThrow(RangeError);
    expect(() => new MinCostFlow(1)).toThrow(RangeError);
  });

  it('runs once: a second run or a late edge would start from a half-used residual graph', () => {
    const g = new MinCostFlow(2);
    g.addEdge(0, 1, 1, 1);
    g.run(0, 1);
    expect(() => g.run(0, 1)).toThrow(/once/);
    expect(() => g.addEdge(0, 1, 1, 1)).toThrow(/before run/);
  });

  it('grows past its initial edge storage', () => {
    const n = 3000;
    const g = new MinCostFlow(n + 2);
    for (let i = 0; i < n; i++) {
      g.addEdge(0, 2 + i, 1, i % 7);
      g.addEdge(2 + i, 1, 1, 0);
    }
    const r = g.run(0, 1);
    expect(r.flow).toBe(n);
    expect(g.edges).toBe(2 * n);
  });

  it('matches a Bellman-Ford reference on 400 random graphs (flow and cost)', () => {
    const rng = new Random(7);
    for (let k = 0; k < 400; k++) {
      const { n, edges } = randomGraph(rng);
      const s = 0;
      const t = n - 1;
      if (s === t) continue;
      const g = new MinCostFlow(n);
      for (const e of edges) g.addEdge(e.u, e.v, e.cap, e.cost);
      expect(g.run(s, t), `graph ${k}`).toEqual(referenceMinCostMaxFlow(n, edges, s, t));
    }
  });
});
