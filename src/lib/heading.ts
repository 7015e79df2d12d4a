export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

import { DEV, devWarn, show } from "./dev-warning.js";

/** The heading tag for a level; an invalid level warns (naming the prop) and uses the fallback. */
export function headingTag(component: string, level: unknown, fallback: HeadingLevel, prop = "headingLevel"): HeadingTag {
  if (level === undefined) return `h${fallback}`;
  if (typeof level === "number" && Number.isInteger(level) && level >= 1 && level <= 6) return `h${level as HeadingLevel}`;
  DEV && devWarn(component, `\`${prop}\` must be an integer from 1 to 6; received ${show(level)}. Using ${fallback}.`);
  return `h${fallback}`;
}
