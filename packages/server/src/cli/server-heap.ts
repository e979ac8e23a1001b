import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the old generation grow past what survived the last full collection before it collects
 * again. V8 picks the factor itself, up to 4×, from its estimate of the allocation rate: in the 10-minute
 * soak at 200 req/s the server's old space grew from 75 to 238 MiB (garbage: 80 MiB survived the next
 * collection) during some minutes and stayed near 90 during others, so its RSS swung by ±25 %
 * (docs/PERFORMANCE.md, issue 21). A fixed 100 % keeps the old space within twice its live size. 30 % held
 * it flatter still, but with a full collection every few seconds, and the step-up runs did no better.
 */
const SERVER_HEAP_GROWING_PERCENT = 100;

/**
 * Sets the server's heap growth (`serve` only: a seed or an import grows a large live heap, for which V8's
 * own factor means fewer collections). V8 reads this flag at every full collection, so setting it once the
 * process runs takes effect from the next one; it applies to the process's worker threads too.
 */
export function paceServerHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${SERVER_HEAP_GROWING_PERCENT}`);
}
