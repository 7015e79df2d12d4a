// Size budgets and tree-shaking, measured on the built dist by scripts/size.mjs: each import bundled
// alone by esbuild (minified, production, React external), then gzip -9. Needs `npm run build`.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundleSource, formatSizes, importAll, measureNamed, measureSizes } from "../../scripts/size.mjs";
import { ROOT, requireBuild } from "./helpers";

const kB = 1024;

/** One row per budget: what is imported (alone), and its gzip limit in bytes. Add rows here. */
type Budget = { label: string; limit: number } & (
  | { names: string[] } // import { ...names } from "staking-ui"
  | { entry: string } // import * as all from entry
  | { css: string } // a file in dist/, gzipped as served
);

const BUDGETS: Budget[] = [
  { label: "Card", names: ["Card"], limit: 1 * kB },
  { label: "CardGrid", names: ["CardGrid"], limit: 1 * kB },
  {
    label: "Alert family",
    names: ["Alert", "AlertEmoji", "AlertContent", "AlertTitle", "AlertDescription"],
    limit: 1 * kB,
  },
  { label: "ButtonLink", names: ["ButtonLink"], limit: 1 * kB },
  { label: "ExpandableCard (Radix included)", names: ["ExpandableCard"], limit: 10 * kB },
  { label: "YouTube", names: ["YouTube"], limit: 2 * kB },
  { label: "styles.css", css: "styles.css", limit: 8 * kB },
  { label: "whole main entry", entry: "staking-ui", limit: 30 * kB },
];

async function measure(budget: Budget): Promise<number> {
  if ("names" in budget) return (await measureNamed(budget.names)).gzip;
  if ("entry" in budget) return (await bundleSource(importAll(budget.entry))).gzip;
  return gzipSync(readFileSync(join(ROOT, "dist", budget.css)), { level: 9 }).length;
}

// Markers of code a consumer must not pay for unless they use it. Inputs are checked by path (the
// robust test); the strings catch the data even if it arrived some other way.
const GEMOJI_DATA = ["grinning", "😀"];
const fromPackage = (inputs: string[], name: string) => inputs.filter((input) => input.includes(`node_modules/${name}/`));

// Measured once, each budget on its own: one import that fails to bundle fails only its own row.
const measured = new Map<string, number | Error>();

beforeAll(async () => {
  requireBuild();
  for (const budget of BUDGETS) {
    measured.set(budget.label, await measure(budget).catch((error: Error) => error));
  }
  const table = BUDGETS.map((budget) => {
    const bytes = measured.get(budget.label)!;
    const figure = bytes instanceof Error ? "error" : `${bytes} B`;
    const verdict = bytes instanceof Error ? bytes.message.split("\n")[0] : bytes <= budget.limit ? "ok" : "OVER";
    return `${budget.label.padEnd(34)} ${figure.padStart(9)} / ${String(budget.limit).padStart(6)} B  ${verdict}`;
  });
  console.log(`Size budgets (gzip -9, minified, React external, each imported alone)\n${table.join("\n")}`);
  console.log(`Full report (node scripts/size.mjs)\n${formatSizes(await measureSizes())}`);
});

describe("size budgets", () => {
  it.each(BUDGETS.map((budget) => [budget.label, budget] as const))("%s stays within its budget", (label, budget) => {
    const bytes = measured.get(label)!;
    if (bytes instanceof Error) throw bytes;
    // A tiny figure would mean the import was shaken away and nothing was measured.
    expect(bytes).toBeGreaterThan(50);
    expect(bytes, `${label}: ${bytes} B gzip, budget ${budget.limit} B`).toBeLessThanOrEqual(budget.limit);
  });
});

describe("tree-shaking: what a consumer does not use, they do not pay for", () => {
  it("the emoji data is paid only through staking-ui/emoji, and is measured", async () => {
    const emoji = await bundleSource(importAll("staking-ui/emoji"));
    console.log(`Emoji data cost: staking-ui/emoji with gemoji, ${emoji.gzip} B gzip (${emoji.minified} B minified)`);
    // Positive control: the markers below do detect the data where it is.
    expect(fromPackage(emoji.inputs, "gemoji")).not.toEqual([]);
    for (const marker of GEMOJI_DATA) expect(emoji.code).toContain(marker);
    expect(emoji.gzip).toBeGreaterThan(10 * kB);
  });

  it("import \"staking-ui/emoji/register\" survives tree-shaking (it is a declared side effect)", async () => {
    const register = await bundleSource('import "staking-ui/emoji/register";\n');
    expect(fromPackage(register.inputs, "gemoji")).not.toEqual([]);
    expect(register.code).toContain("grinning");
  });

  it("{ Card } alone carries no emoji data, no Radix and no other component", async () => {
    const card = await measureNamed(["Card"]);
    expect(fromPackage(card.inputs, "gemoji")).toEqual([]);
    expect(fromPackage(card.inputs, "@radix-ui")).toEqual([]);
    for (const marker of GEMOJI_DATA) expect(card.code).not.toContain(marker);
    expect(card.code).not.toMatch(/radix/i);
    // Card renders Emoji for its `emoji` prop; nothing else from the components folder comes along.
    const components = card.inputs.filter((input) => input.startsWith("dist/esm/components/"));
    expect(new Set(components.map((input) => input.split("/")[3]))).toEqual(new Set(["card", "emoji"]));
  });

  it("{ Emoji } alone carries no emoji data", async () => {
    const emoji = await measureNamed(["Emoji"]);
    expect(fromPackage(emoji.inputs, "gemoji")).toEqual([]);
    for (const marker of GEMOJI_DATA) expect(emoji.code).not.toContain(marker);
  });

  it("Radix is detected where it is used (control for the Card test)", async () => {
    const expandable = await measureNamed(["ExpandableCard"]);
    expect(fromPackage(expandable.inputs, "@radix-ui")).not.toEqual([]);
    expect(expandable.code).toMatch(/radix/i);
  });

  it("the whole main entry carries neither the emoji data nor the MDX compiler", async () => {
    const main = await bundleSource(importAll("staking-ui"));
    for (const dependency of ["gemoji", "@mdx-js", "micromark", "yaml"]) {
      expect(fromPackage(main.inputs, dependency), dependency).toEqual([]);
    }
    for (const marker of GEMOJI_DATA) expect(main.code).not.toContain(marker);
  });
});
