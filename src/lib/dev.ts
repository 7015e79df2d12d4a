// Declared here so the library's types do not depend on @types/node.
declare const process: { env: Record<string, string | undefined> };

/**
 * True outside production builds. Call sites write `DEV && devWarn(…)`: bundlers replace
 * `process.env.NODE_ENV` with "production", fold DEV to `false` across modules and drop the
 * warning together with its message text, so production bundles carry none of it (as React does).
 * It lives alone in this module because some minifiers inline a constant only when nothing
 * non-constant precedes it in its module.
 */
export const DEV: boolean = process.env.NODE_ENV !== "production";
