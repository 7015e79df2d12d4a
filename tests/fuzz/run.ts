// Shared by the fuzz files: run settings, case counting and the server render with console capture.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import fc from "fast-check";
import { afterAll, inject, vi } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";

/** Cases per component or property; FUZZ_RUNS raises it for a longer hunt. */
export const NUM_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

/**
 * Fixed by default so CI is reproducible; FUZZ_SEED=<n> replays a reported failure and
 * FUZZ_SEED=random explores new cases.
 */
export const SEED = process.env.FUZZ_SEED === "random" ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261121);

export function fuzzParameters<T>(): fc.Parameters<T> {
  return { numRuns: NUM_RUNS, seed: SEED, endOnFailure: true };
}

const counts: Record<string, number> = {};

/** Counts one generated case for `area` (a component or a data helper). */
export function countCase(area: string): void {
  counts[area] = (counts[area] ?? 0) + 1;
}

afterAll(() => {
  const file = join(inject("fuzzCountDir"), `${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(counts));
});

export interface ServerRender {
  html: string;
  warnings: string[];
  errors: string[];
}

/** renderToString with console.warn / console.error captured and the once-only warnings reset. */
export function renderCase(element: ReactElement): ServerRender {
  resetDevWarnings();
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const html = renderToString(element);
    return { html, warnings: warn.mock.calls.map(joinCall), errors: error.mock.calls.map(joinCall) };
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
}

function joinCall(call: unknown[]): string {
  return call
    .map((part) => {
      try {
        return String(part);
      } catch {
        return Object.prototype.toString.call(part);
      }
    })
    .join(" ");
}
