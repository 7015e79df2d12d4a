// Package linters over the packed package: publint (package.json against what is packed) and
// Are The Types Wrong (types per entry under node10, node16 CJS/ESM and bundler resolution).
// Needs `npm run build` first.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, readJson, requireBuild, run } from "./helpers";

// Stylesheets have no types to check; attw would report them as unresolvable modules.
const NOT_TYPED = ["styles.css", "styles.layered.css"];

interface AttwReport {
  analysis: { problems: unknown[]; entrypoints: Record<string, unknown> };
}

beforeAll(requireBuild);

describe("package linters", () => {
  it("publint --strict finds nothing, not even a suggestion", () => {
    const result = run("npx", ["--no-install", "publint", "--strict"]);
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(0);
    expect(output).toContain("All good!");
    expect(output).not.toMatch(/Suggestions?:|Warnings?:|Errors?:/);
  });

  it("attw finds no type problem in any entry, under every resolution mode", () => {
    const result = run("npx", [
      "--no-install",
      "attw",
      "--pack",
      ".",
      "--format",
      "json",
      "--exclude-entrypoints",
      ...NOT_TYPED,
    ]);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as AttwReport;
    expect(report.analysis.problems).toEqual([]);
    // The exclusion hides only the stylesheets: every other "exports" key was analysed.
    const exportsMap = readJson<{ exports: Record<string, unknown> }>(join(ROOT, "package.json")).exports;
    const expected = Object.keys(exportsMap).filter((key) => !NOT_TYPED.includes(key.replace(/^\.\//, "")));
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(expected.sort());
  });
});
