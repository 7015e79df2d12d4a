// Small statistics for repeated measurements: the median, and the spread as the interquartile
// range relative to the median (robust to the odd slow sample a shared 2-core machine produces).
export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return {
    n: sorted.length,
    median,
    q1,
    q3,
    min: sorted[0],
    max: sorted[sorted.length - 1],
    /** (q3 − q1) / median: "±" half of it is what the tables print. */
    iqrRatio: median === 0 ? 0 : (q3 - q1) / median,
  };
}

/** "1 234 ±3%" style: median with half the relative interquartile range. */
export function formatSpread(summary, digits = 0) {
  const pct = (summary.iqrRatio * 50).toFixed(1);
  return `${summary.median.toFixed(digits)} ±${pct}%`;
}
