import { expect, it } from "vitest";
import * as Main from "../../src/index";
import * as Mdx from "../../src/mdx/index";
import { COVERED } from "./specs";

/** Capitalised exports that React can render: functions and forwardRef/memo objects. */
function components(entry: Record<string, unknown>): string[] {
  return Object.entries(entry)
    .filter(([name, value]) => /^[A-Z][a-z]/.test(name) && (typeof value === "function" || (typeof value === "object" && value !== null && "$$typeof" in value)))
    .map(([name]) => name);
}

it("every exported component is fuzzed", () => {
  const exported = [...components(Main), ...components(Mdx)].filter((name) => name !== "PageError");
  expect(exported.length).toBeGreaterThan(20);
  expect(exported.filter((name) => !COVERED.has(name))).toEqual([]);
});
