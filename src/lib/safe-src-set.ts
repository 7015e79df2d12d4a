import { safeHref } from "./safe-href.js";

/**
 * A `srcset` whose every candidate URL passed `safeHref`, rebuilt from the checked URLs and their
 * descriptors ("1x", "480w"). Undefined when the value is not a string, is empty, or any candidate
 * is unsafe: one refused candidate drops the whole set, since a browser may pick any of them.
 */
export function safeSrcSet(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 8192) return undefined;
  const candidates: string[] = [];
  // The HTML standard's srcset grammar: a URL is a run of non-white-space (trailing commas end the
  // candidate), then descriptors up to the next comma outside parentheses.
  let position = 0;
  while (position < value.length) {
    while (position < value.length && /[\s,]/.test(value[position]!)) position += 1;
    if (position >= value.length) break;
    let end = position;
    while (end < value.length && !/\s/.test(value[end]!)) end += 1;
    let url = value.slice(position, end);
    position = end;
    let descriptors = "";
    if (url.endsWith(",")) url = url.replace(/,+$/, "");
    else {
      let depth = 0;
      while (position < value.length && (depth > 0 || value[position] !== ",")) {
        if (value[position] === "(") depth += 1;
        else if (value[position] === ")") depth = Math.max(0, depth - 1);
        descriptors += value[position];
        position += 1;
      }
    }
    const safe = safeHref(url);
    if (safe === undefined || /[\s,]/.test(safe)) return undefined;
    // Only width, density and height descriptors: anything else means the set was not what it seems.
    const tokens = descriptors.trim() === "" ? [] : descriptors.trim().split(/\s+/);
    if (!tokens.every((token) => /^(\d+w|\d+(\.\d+)?x|\d+h)$/.test(token))) return undefined;
    candidates.push([safe, ...tokens].join(" "));
  }
  return candidates.length > 0 ? candidates.join(", ") : undefined;
}
