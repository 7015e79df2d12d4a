import type { PageHeading } from "../heading-ids.js";

export interface TocEntry {
  heading: PageHeading;
  children: TocEntry[];
}

/**
 * Nests the outline for the table of contents: headings of the lowest listed level are the top
 * entries, deeper ones go under the entry before them (or stay at the top when none precedes them).
 */
export function buildToc(headings: readonly PageHeading[], levels: readonly number[] = [2, 3]): TocEntry[] {
  const listed = headings.filter((heading) => levels.includes(heading.level) && heading.id !== "" && heading.text !== "");
  const top = Math.min(...listed.map((heading) => heading.level));
  const entries: TocEntry[] = [];
  for (const heading of listed) {
    const parent = entries.at(-1);
    const entry = { heading, children: [] };
    if (heading.level > top && parent) parent.children.push(entry);
    else entries.push(entry);
  }
  return entries;
}
