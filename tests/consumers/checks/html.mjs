// What a reader sees in a built HTML file: script and style contents removed (Next.js repeats the
// page's text in its RSC payload, which must not make a missing element pass).
export function visibleHtml(html) {
  return html.replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<style\b[\s\S]*?<\/style>/gi, "");
}

/** The problems found when `html` lacks any of `needles` (strings or RegExps). */
export function missing(label, html, needles) {
  return needles
    .filter((n) => (typeof n === "string" ? !html.includes(n) : !n.test(html)))
    .map((n) => `${label}: expected ${typeof n === "string" ? JSON.stringify(n) : n} in the output`);
}

/** The problems found when `text` contains any of `needles`. */
export function present(label, text, needles) {
  return needles
    .filter((n) => (typeof n === "string" ? text.includes(n) : n.test(text)))
    .map((n) => `${label}: found ${typeof n === "string" ? JSON.stringify(n) : n}, which should not be there`);
}
