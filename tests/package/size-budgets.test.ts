// Size budgets and tree-shaking, measured on the built dist by scripts/size.mjs: each import bundled
// alone by esbuild (minified, production, React external), then gzip -9. Needs `npm run build`.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSource, closeBundler, importAll, importNamed, type Bundle } from "../../scripts/size.mjs";
import { ROOT, requireBuild } from "./helpers";

const kB = 1024;

/**
 * One row per figure: what is imported (alone) and its gzip limit in bytes. Rows without a limit
 * are measured and printed only. Add budgets here.
 */
type Budget = { label: string; limit?: number } & (
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
  // Everything a site pays when it uses every component, data set and helper of the main entry.
  { label: "whole main entry", entry: "staking-ui", limit: 30 * kB },
  { label: "Emoji (no data)", names: ["Emoji"] },
  { label: "staking-ui/emoji (gemoji data)", entry: "staking-ui/emoji" },
  { label: "staking-ui/mdx (compiler included)", entry: "staking-ui/mdx" },
];

// Each source is bundled once; the tree-shaking tests below reuse the budget rows' bundles.
const bundles = new Map<string, Promise<Bundle>>();
function bundle(source: string): Promise<Bundle> {
  if (!bundles.has(source)) bundles.set(source, bundleSource(source));
  return bundles.get(source)!;
}
const bundleNamed = (names: string[]) => bundle(importNamed(names));

async function measure(budget: Budget): Promise<number> {
  if ("names" in budget) return (await bundleNamed(budget.names)).gzip;
  if ("entry" in budget) return (await bundle(importAll(budget.entry))).gzip;
  return gzipSync(readFileSync(join(ROOT, "dist", budget.css)), { level: 9 }).length;
}

// Markers of code a consumer must not pay for unless they use it. Inputs are checked by path (the
// robust test); the strings catch the data even if it arrived some other way.
const GEMOJI_DATA = ["grinning", "😀"];
const fromPackage = (inputs: string[], name: string) => inputs.filter((input) => input.includes(`node_modules/${name}/`));
// Bundles are large: report which marker was (not) found rather than printing the whole bundle.
const markersIn = (code: string, markers: string[]) => markers.filter((marker) => code.includes(marker));

// Measured once, each row on its own: an import that fails to bundle fails only its own row.
const measured = new Map<string, number | Error>();

beforeAll(async () => {
  requireBuild();
  for (const budget of BUDGETS) {
    measured.set(budget.label, await measure(budget).catch((error: Error) => error));
  }
  const table = BUDGETS.map((budget) => {
    const bytes = measured.get(budget.label)!;
    const figure = bytes instanceof Error ? "error" : `${bytes} B`;
    const limit = budget.limit === undefined ? "—" : `${budget.limit} B`;
    const verdict =
      bytes instanceof Error
        ? bytes.message.split("\n")[0]
        : budget.limit === undefined
          ? ""
          : bytes <= budget.limit
            ? "ok"
            : "OVER";
    return `${budget.label.padEnd(36)} ${figure.padStart(10)} / ${limit.padStart(7)}  ${verdict}`;
  });
  console.log(
    `Sizes (minified + gzip -9, React external, each imported alone; all exports: npm run size)\n${table.join("\n")}`,
  );
});

afterAll(closeBundler);

const limited = BUDGETS.filter((budget): budget is Budget & { limit: number } => budget.limit !== undefined);

describe("size budgets", () => {
  it.each(limited.map((budget) => [budget.label, budget] as const))("%s stays within its budget", (label, budget) => {
    const bytes = measured.get(label)!;
    if (bytes instanceof Error) throw bytes;
    // A tiny figure would mean the import was shaken away and nothing was measured.
    expect(bytes).toBeGreaterThan(50);
    expect(bytes, `${label}: ${bytes} B gzip, budget ${budget.limit} B`).toBeLessThanOrEqual(budget.limit);
  });
});

describe("tree-shaking: what a consumer does not use, they do not pay for", () => {
  it("the emoji data is paid only through staking-ui/emoji, and is measured", async () => {
    const emoji = await bundle(importAll("staking-ui/emoji"));
    // Positive control: the markers below do detect the data where it is.
    expect(fromPackage(emoji.inputs, "gemoji")).not.toEqual([]);
    expect(markersIn(emoji.code, GEMOJI_DATA)).toEqual(GEMOJI_DATA);
    expect(emoji.gzip).toBeGreaterThan(10 * kB);
  });

  it("import \"staking-ui/emoji/register\" survives tree-shaking (it is a declared side effect)", async () => {
    const register = await bundle('import "staking-ui/emoji/register";\n');
    expect(fromPackage(register.inputs, "gemoji")).not.toEqual([]);
    expect(markersIn(register.code, GEMOJI_DATA)).toEqual(GEMOJI_DATA);
  });

  it("{ Card } alone carries no emoji data, no Radix and no other component", async () => {
    const card = await bundleNamed(["Card"]);
    expect(fromPackage(card.inputs, "gemoji")).toEqual([]);
    expect(fromPackage(card.inputs, "@radix-ui")).toEqual([]);
    expect(markersIn(card.code, GEMOJI_DATA)).toEqual([]);
    expect(/radix/i.test(card.code)).toBe(false);
    // Card renders Emoji for its `emoji` prop; nothing else from the components folder comes along.
    const components = card.inputs.filter((input) => input.startsWith("dist/esm/components/"));
    expect(new Set(components.map((input) => input.split("/")[3]))).toEqual(new Set(["card", "emoji"]));
  });

  it("{ Emoji } alone carries no emoji data", async () => {
    const emoji = await bundleNamed(["Emoji"]);
    expect(fromPackage(emoji.inputs, "gemoji")).toEqual([]);
    expect(markersIn(emoji.code, GEMOJI_DATA)).toEqual([]);
  });

  it("Radix is detected where it is used (control for the Card test)", async () => {
    const expandable = await bundleNamed(["ExpandableCard"]);
    expect(fromPackage(expandable.inputs, "@radix-ui")).not.toEqual([]);
    expect(/radix/i.test(expandable.code)).toBe(true);
  });

  it("import \"staking-ui/locales/zh/register\" survives tree-shaking; the main entry carries no pack's strings", async () => {
    const { zh } = await import("../../src/locales/zh");
    const { ar } = await import("../../src/locales/ar");
    // Long strings only: short ones ("AVS", "Docker") are the same in every language.
    const strings = (pack: { messages: Record<string, Record<string, string> | undefined> }) =>
      Object.values(pack.messages).flatMap((catalog) => Object.values(catalog ?? {})).filter((text) => text.length > 12 && /[^\x00-\x7f]/.test(text));
    const register = await bundle('import "staking-ui/locales/zh/register";\n');
    expect(strings(zh).filter((text) => register.code.includes(text))).toEqual(strings(zh));
    const main = await bundle(importAll("staking-ui"));
    expect([...strings(zh), ...strings(ar)].filter((text) => main.code.includes(text))).toEqual([]);
    // staking-ui/mdx brings both packs (it renders pages in any locale).
    const mdx = await bundle(importAll("staking-ui/mdx"));
    expect(strings(ar).filter((text) => !mdx.code.includes(text))).toEqual([]);
  });

  it("the whole main entry carries neither the emoji data nor the MDX compiler", async () => {
    const main = await bundle(importAll("staking-ui"));
    for (const dependency of ["gemoji", "@mdx-js", "micromark", "yaml"]) {
      expect(fromPackage(main.inputs, dependency), dependency).toEqual([]);
    }
    expect(markersIn(main.code, GEMOJI_DATA)).toEqual([]);
  });
});
