import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../../shared/solver/heap';
import { Random } from '../../../shared/sample/random';

describe('MinHeap', () => {
  it('pops by key, then by node, and grows past its initial size', () => {
    const rng = new Random(5);
    const heap = new MinHeap(2);
    const pushed: [number, number][] = [];
    for (let i = 0; i < 500; i++) {
      const entry: [number, number] = [rng.int(0, 40), rng.int(0, 1000)];
      pushed.push(entry);
      heap.push(...entry);
    }
    const popped: [number, number][] = [];
    while (heap.size > 0) {
      popped.push([heap.topKey(), heap.topNode()]);
      heap.pop();
    }
    expect(popped).toEqual([...pushed].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });
});
