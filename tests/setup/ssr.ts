import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { expect, vi } from "vitest";

/**
 * Renders on the server (a Node environment with no DOM globals) and returns the HTML together with
 * what the render printed to the console, so tests can assert on warnings too.
 */
export function renderOnServer(element: ReactElement): { html: string; warnings: string[]; errors: string[] } {
  expect(typeof document).toBe("undefined");
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    const html = renderToString(element);
    return {
      html,
      warnings: warn.mock.calls.map((call) => call.map(String).join(" ")),
      errors: error.mock.calls.map((call) => call.map(String).join(" ")),
    };
  } finally {
    warn.mockRestore();
    error.mockRestore();
  }
}
