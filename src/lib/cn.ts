/**
 * Joins class names, skipping empty ones. Components only ever join strings (their own class and
 * the site's `className`), so this is all a class-joining library would do here, in a few bytes —
 * which matters inside the 1 kB budgets of the primitives.
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  // Strings only: a stray object or symbol from a site's `className` must not throw while joining.
  return classes.filter((name) => typeof name === "string" && name !== "").join(" ");
}
