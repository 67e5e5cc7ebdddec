/** Summary statistics of a list of timings (milliseconds). Works in Node and in the bench page. */

/** The q-quantile by linear interpolation between closest ranks (q = 0.5: the median). */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** `{ n, median, p95, min, max, mean }`, rounded to 0.01 ms. */
export function summarize(values) {
  const round = (x) => Math.round(x * 100) / 100;
  if (values.length === 0) return { n: 0, median: null, p95: null, min: null, max: null, mean: null };
  return {
    n: values.length,
    median: round(quantile(values, 0.5)),
    p95: round(quantile(values, 0.95)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    mean: round(values.reduce((a, b) => a + b, 0) / values.length),
  };
}
