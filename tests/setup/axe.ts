import axe from "axe-core";
import { expect } from "vitest";

// jsdom cannot compute colours or layout, so rules that need them are left to the browser tests
// (Storybook + addon-a11y in Chromium); everything structural is checked here.
const JSDOM_UNSUPPORTED = { "color-contrast": { enabled: false } };

/** Runs axe on a rendered element and fails with a readable list of violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { rules: JSDOM_UNSUPPORTED });
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
