// Plain-text tables for the terminal and Markdown tables for the README: one renderer, two looks.
const width = (s) => [...String(s)].reduce((w, ch) => w + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(ch) ? 2 : 1), 0);
const pad = (s, n, right) => {
  const fill = " ".repeat(Math.max(0, n - width(s)));
  return right ? fill + s : s + fill;
};

/** rows: arrays of cells; the first column is left-aligned, the others right-aligned. */
export function textTable(title, header, rows) {
  const all = [header, ...rows].map((r) => r.map((c) => String(c ?? "—")));
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i]))));
  const line = (r) => r.map((c, i) => pad(c, widths[i], i > 0)).join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [title, rule, line(all[0]), rule, ...all.slice(1).map(line), rule].join("\n");
}

export function markdownTable(header, rows) {
  const cells = (r) => `| ${r.map((c) => String(c ?? "—")).join(" | ")} |`;
  const align = header.map((_, i) => (i === 0 ? ":--" : "--:"));
  return [cells(header), cells(align), ...rows.map(cells)].join("\n");
}

export const kB = (bytes) => (bytes == null ? "—" : `${(bytes / 1000).toFixed(2)} kB`);
