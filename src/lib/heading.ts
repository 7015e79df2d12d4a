export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
export type HeadingTag = "h1" | "h2" | "h3" | "h4" | "h5" | "h6";

import { devWarn, show } from "./dev-warning.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

/** The heading tag for a level; an invalid level warns (naming the prop) and uses the fallback. */
export function headingTag(component: string, level: unknown, fallback: HeadingLevel, prop = "headingLevel"): HeadingTag {
  if (level === undefined) return `h${fallback}`;
  if (typeof level === "number" && Number.isInteger(level) && level >= 1 && level <= 6) return `h${level as HeadingLevel}`;
  process.env.NODE_ENV !== "production" && devWarn(component, `\`${prop}\` must be an integer from 1 to 6; received ${show(level)}. Using ${fallback}.`);
  return `h${fallback}`;
}
