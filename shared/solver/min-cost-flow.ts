/**
 * Exact min-cost max-flow with integer costs: successive shortest paths on the residual
 * graph, with Johnson potentials so Dijkstra sees only non-negative reduced costs
 * (primal-dual). After each Dijkstra, every augmenting path of that same cost is pushed at
 * once by a Dinic blocking flow over the zero-reduced-cost arcs, so the number of Dijkstra
 * runs is the number of distinct marginal costs, not the flow value.
 *
 * Optimal: each augmentation follows a shortest path, so the flow is min-cost for its
 * value, and it stops only when the sink is unreachable (max flow). Deterministic: arcs
 * are scanned in insertion order and the heap breaks ties the same way every run.
 *
 * Costs must be non-negative safe integers; every distance stays an exact integer in a
 * float64 as long as (2·flow + 2)·maxCost < 2^53, which the caller chooses its weights for
 * (a run that would leave that range throws instead of returning a wrong answer).
 */

import { MinHeap } from './heap';

const INITIAL_EDGES = 1024;

export interface FlowResult {
  flow: number;
  cost: number;
}

export class MinCostFlow {
  readonly nodeCount: number;
  private edgeCount = 0;
  private ran = false;
  /** Per arc (2 per edge: 2e forward, 2e + 1 residual): head, residual capacity, cost. */
  private to = new Int32Array(INITIAL_EDGES * 2);
  private from = new Int32Array(INITIAL_EDGES * 2);
  private cap = new Int32Array(INITIAL_EDGES * 2);
  private cost = new Float64Array(INITIAL_EDGES * 2);
  private original = new Int32Array(INITIAL_EDGES);

  constructor(nodeCount: number) {
    if (!Number.isInteger(nodeCount) || nodeCount < 2) throw new RangeError('a flow network needs at least 2 nodes');
    this.nodeCount = nodeCount;
  }

  get edges(): number {
    return this.edgeCount;
  }

  /** Adds an edge and returns its index (for `flowOn`). */
  addEdge(u: number, v: number, capacity: number, cost: number): number {
    if (this.ran) throw new Error('edges must be added before run()');
    if (!(u >= 0 && u < this.nodeCount && v >= 0 && v < this.nodeCount)) throw new RangeError(`edge ${u}→${v} outside the graph`);
    if (!Number.isInteger(capacity) || capacity < 0 || capacity > 0x7fffffff) throw new RangeError(`capacity ${capacity} is not a non-negative int32`);
    if (!Number.isSafeInteger(cost) || cost < 0) throw new RangeError(`cost ${cost} is not a non-negative safe integer`);
    const e = this.edgeCount++;
    if (e >= this.original.length) this.grow();
    const a = 2 * e;
    this.from[a] = u;
    this.to[a] = v;
    this.cap[a] = capacity;
    this.cost[a] = cost;
    this.from[a + 1] = v;
    this.to[a + 1] = u;
    this.cap[a + 1] = 0;
    this.cost[a + 1] = -cost;
    this.original[e] = capacity;
    return e;
  }

  flowOn(edge: number): number {
    return (this.original[edge] ?? 0) - (this.cap[2 * edge] ?? 0);
  }

  private grow(): void {
    const n = this.original.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, size: number, make: (k: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.to = copy(this.to, 2 * n, (k) => new Int32Array(k));
    this.from = copy(this.from, 2 * n, (k) => new Int32Array(k));
    this.cap = copy(this.cap, 2 * n, (k) => new Int32Array(k));
    this.cost = copy(this.cost, 2 * n, (k) => new Float64Array(k));
    this.original = copy(this.original, n, (k) => new Int32Array(k));
  }

  /**
   * Sends as much flow as possible (up to `limit`) from source to sink at least total cost.
   * Once per network: a second run would start from a residual graph with negative arcs.
   */
  run(source: number, sink: number, limit = Number.POSITIVE_INFINITY): FlowResult {
    if (source === sink) throw new RangeError('source and sink must differ');
    if (this.ran) throw new Error('run() may be called once per network');
    this.ran = true;
    const solver = new PrimalDual(this.nodeCount, this.edgeCount, this.from, this.to, this.cap, this.cost);
    return solver.run(source, sink, limit);
  }
}

/** One run's working state: adjacency in CSR form, potentials, Dijkstra heap, Dinic levels. */
class PrimalDual {
  private readonly start: Int32Array;
  private readonly arcs: Int32Array;
  private readonly potential: Float64Array;
  private readonly dist: Float64Array;
  private readonly done: Uint8Array;
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;
  private readonly queue: Int32Array;
  private readonly heap: MinHeap;

  constructor(
    private readonly n: number,
    edgeCount: number,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
    private readonly cap: Int32Array,
    private readonly cost: Float64Array,
  ) {
    const m = 2 * edgeCount;
    this.start = new Int32Array(n + 1);
    for (let a = 0; a < m; a++) {
      const k = from[a]! + 1;
      this.start[k] = this.start[k]! + 1;
    }
    for (let v = 0; v < n; v++) this.start[v + 1] = this.start[v + 1]! + this.start[v]!;
    const fill = this.start.slice(0, n);
    this.arcs = new Int32Array(m);
    for (let a = 0; a < m; a++) {
      const u = from[a]!;
      this.arcs[fill[u]!] = a;
      fill[u] = fill[u]! + 1;
    }
    this.potential = new Float64Array(n);
    this.dist = new Float64Array(n);
    this.done = new Uint8Array(n);
    this.level = new Int32Array(n);
    this.cursor = new Int32Array(n);
    this.queue = new Int32Array(n);
    this.heap = new MinHeap(n);
  }

  run(s: number, t: number, limit: number): FlowResult {
    let flow = 0;
    let total = 0;
    while (flow < limit && this.dijkstra(s, t)) {
      const unitCost = this.potential[t]! - this.potential[s]!;
      while (flow < limit && this.bfs(s, t)) {
        this.cursor.set(this.start.subarray(0, this.n));
        for (;;) {
          const pushed = this.augment(s, t, limit - flow);
          if (pushed === 0) break;
          flow += pushed;
          total += pushed * unitCost;
          if (flow >= limit) break;
        }
      }
    }
    if (!Number.isSafeInteger(total)) throw new RangeError('min-cost flow: total cost left the exact integer range');
    return { flow, cost: total };
  }

  private reduced(a: number): number {
    return this.cost[a]! + this.potential[this.from[a]!]! - this.potential[this.to[a]!]!;
  }

  /** Shortest reduced distances from s, stopping once t is settled; then updates potentials. */
  private dijkstra(s: number, t: number): boolean {
    const { dist, done, start, arcs, cap, to, heap } = this;
    dist.fill(Number.POSITIVE_INFINITY);
    done.fill(0);
    dist[s] = 0;
    heap.clear();
    heap.push(0, s);
    while (heap.size > 0) {
      const u = heap.topNode();
      const d = heap.topKey();
      heap.pop();
      if (done[u] || d > dist[u]!) continue;
      done[u] = 1;
      if (u === t) break;
      for (let i = start[u]!, end = start[u + 1]!; i < end; i++) {
        const a = arcs[i]!;
        if (cap[a]! <= 0) continue;
        const v = to[a]!;
        const nd = d + this.reduced(a);
        if (nd < dist[v]!) {
          dist[v] = nd;
          heap.push(nd, v);
        }
      }
    }
    if (!done[t]) return false;
    const reach = dist[t]!;
    if (!Number.isSafeInteger(reach + this.potential[t]!)) throw new RangeError('min-cost flow: distances left the exact integer range');
    const pot = this.potential;
    for (let v = 0; v < this.n; v++) pot[v] = pot[v]! + Math.min(dist[v]!, reach);
    return true;
  }

  /**
   * Levels over admissible arcs (residual, zero reduced cost); true if t is reachable.
   * Stops when t gets its level: every node nearer than t is labelled by then, and the
   * blocking flow only walks from one level to the next up to t's.
   */
  private bfs(s: number, t: number): boolean {
    const { level, queue, start, arcs, cap, to, cost, potential } = this;
    level.fill(-1);
    level[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      const pu = potential[u]!;
      const next = level[u]! + 1;
      for (let i = start[u]!, end = start[u + 1]!; i < end; i++) {
        const a = arcs[i]!;
        const v = to[a]!;
        if (cap[a]! > 0 && level[v]! < 0 && cost[a]! + pu === potential[v]) {
          level[v] = next;
          if (v === t) return true;
          queue[tail++] = v;
        }
      }
    }
    return false;
  }

  /** One augmenting path in the level graph (iterative DFS with current-arc pointers). */
  private augment(s: number, t: number, limit: number): number {
    const { level, cursor, start, arcs, cap, to } = this;
    const path: number[] = [];
    let u = s;
    for (;;) {
      if (u === t) {
        let push = limit;
        for (const a of path) push = Math.min(push, cap[a]!);
        for (const a of path) {
          cap[a] = cap[a]! - push;
          cap[a ^ 1] = cap[a ^ 1]! + push;
        }
        return push;
      }
      let advanced = false;
      for (const end = start[u + 1]!; cursor[u]! < end; cursor[u] = cursor[u]! + 1) {
        const a = arcs[cursor[u]!]!;
        const v = to[a]!;
        if (cap[a]! > 0 && level[v] === level[u]! + 1 && this.reduced(a) === 0) {
          path.push(a);
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      level[u] = -1;
      const back = path.pop();
      if (back === undefined) return 0;
      u = this.from[back]!;
      cursor[u] = cursor[u]! + 1;
    }
  }
}
