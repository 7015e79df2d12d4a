// Development-only diagnostics. Every message starts with "[staking-ui] <Component>" so a site can

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };
// find the culprit, and each distinct message is printed once per page load to keep consoles usable.
const seen = new Set<string>();


export function devWarn(component: string, message: string): void {
  const text = `[staking-ui] ${component}: ${message}`;
  if (seen.has(text)) return;
  seen.add(text);
  console.warn(text);
}

/**
 * A value as a warning shows it: JSON where it can be, otherwise its text. Never throws: values from
 * sites and CMSs can be BigInts, cyclic objects or objects without a prototype.
 */
export function show(value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // BigInt or a cycle: fall through to the text.
  }
  if (typeof value === "function") return "a function";
  try {
    return typeof value === "bigint" ? `${value}n` : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Forget printed warnings (tests use this so that each test sees its own warnings). */
export function resetDevWarnings(): void {
  seen.clear();
}

/** Warns when `value` is not one of `allowed`, naming the prop; returns whether it was allowed. */
export function checkOneOf<T extends string>(
  component: string,
  prop: string,
  value: unknown,
  allowed: readonly T[],
): value is T {
  if (typeof value === "string" && (allowed as readonly string[]).includes(value)) return true;
  process.env.NODE_ENV !== "production" && devWarn(
    component,
    `unknown \`${prop}\` ${show(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(", ")}. Nothing is rendered.`,
  );
  return false;
}
