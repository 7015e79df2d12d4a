// Budgets against a floor: a disclosure card and a tab set may cost at most 10% more than the bare
// Radix primitive a site would otherwise build them from (the parts needed, bundled alone), so the
// styling, strings and behaviour we add stay small next to it. The floors come from the package's
// own node_modules (pinned dev dependencies), so this needs no benchmark peers. Measured by scripts/size.mjs (esbuild,
// minified, production, React external, gzip -9); npm run bench shows the same figures next to
// Mantine, Radix Themes and Chakra. Needs `npm run build`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleSource, closeBundler, importAll, importNamed, type Bundle } from "../../scripts/size.mjs";
import { measureTabbedSectionWithoutDiagrams } from "../../bench/lib/tabs-without-diagrams.mjs";
import { ROOT, readJson, requireBuild } from "./helpers";

const kB = 1024;
const FLOOR_FACTOR = 1.1;

// The floors: the Radix parts an accordion-style disclosure card and a tab set need, bundled alone
// (whatever Radix primitive our components use inside, these are what they compete with).
const ACCORDION_PARTS = ["Root", "Item", "Header", "Trigger", "Content"];
const TABS_PARTS = ["Root", "List", "Trigger", "Content"];

let accordionFloor: Bundle;
let tabsFloor: Bundle;
let expandableCard: Bundle;
let tabbedSection: Bundle;
let tabbedSectionGeneric: Bundle;
let mainEntry: Bundle;
let cssGzip: number;

const fromRadix = (inputs: string[]) => inputs.filter((input) => input.includes("node_modules/@radix-ui/"));
const notRadix = (inputs: string[]) => inputs.filter((input) => !input.includes("node_modules/@radix-ui/"));

beforeAll(async () => {
  requireBuild();
  accordionFloor = await bundleSource(importNamed(ACCORDION_PARTS, "@radix-ui/react-accordion"));
  tabsFloor = await bundleSource(importNamed(TABS_PARTS, "@radix-ui/react-tabs"));
  expandableCard = await bundleSource(importNamed(["ExpandableCard"]));
  tabbedSection = await bundleSource(importNamed(["TabbedSection"]));
  tabbedSectionGeneric = await measureTabbedSectionWithoutDiagrams();
  mainEntry = await bundleSource(importAll("staking-ui"));
  cssGzip = gzipSync(readFileSync(join(ROOT, "dist/styles.css")), { level: 9 }).length;

  const ratio = (a: Bundle, b: Bundle) => `${(a.gzip / b.gzip).toFixed(2)}×`;
  console.log(
    [
      "Floors (gzip -9, React external):",
      `  Radix Accordion (${ACCORDION_PARTS.join(", ")})  ${accordionFloor.gzip} B`,
      `  ExpandableCard                                  ${expandableCard.gzip} B  ${ratio(expandableCard, accordionFloor)} (limit ${FLOOR_FACTOR}×)`,
      `  Radix Tabs (${TABS_PARTS.join(", ")})              ${tabsFloor.gzip} B`,
      `  TabbedSection, built-in diagrams stubbed out     ${tabbedSectionGeneric.gzip} B  ${ratio(tabbedSectionGeneric, tabsFloor)} (limit ${FLOOR_FACTOR}×)`,
      `  TabbedSection as imported (diagrams included)    ${tabbedSection.gzip} B  ${ratio(tabbedSection, tabsFloor)} (no limit)`,
      `  whole main entry                                 ${mainEntry.gzip} B (limit ${30 * kB} B; enforced in size-budgets.test.ts)`,
      `  styles.css                                       ${cssGzip} B (limit ${8 * kB} B)`,
    ].join("\n"),
  );
});

afterAll(closeBundler);

describe("floors: the bare Radix primitives, from the package's own dependencies", () => {
  it("are measured from the pinned @radix-ui versions in node_modules, not shaken away", () => {
    // Both are dev dependencies kept for these floors: ExpandableCard is built on Collapsible (the
    // part an accordion item is made of), the tab sets on the library's own useTabs. Pinned exactly.
    const pkg = readJson<{ dependencies: Record<string, string>; devDependencies: Record<string, string> }>(join(ROOT, "package.json"));
    for (const [name, floor] of [
      ["@radix-ui/react-accordion", accordionFloor],
      ["@radix-ui/react-tabs", tabsFloor],
    ] as const) {
      const installed = readJson<{ version: string }>(join(ROOT, "node_modules", name, "package.json")).version;
      expect(pkg.devDependencies[name], `${name} is pinned in package.json`).toBe(installed);
      expect(pkg.dependencies[name], `${name} is not shipped to sites`).toBeUndefined();
      expect(floor.inputs.some((input) => input.includes(`node_modules/${name}/`))).toBe(true);
      // A primitive with its collection, presence and context helpers is several kB; less means the
      // import was dropped and the floor would be meaningless.
      expect(floor.gzip).toBeGreaterThan(4 * kB);
    }
  });
});

describe("components within 10% of their floor", () => {
  it(`ExpandableCard ≤ ${FLOOR_FACTOR} × the Radix Accordion floor`, () => {
    expect(fromRadix(expandableCard.inputs)).not.toEqual([]);
    const limit = Math.floor(accordionFloor.gzip * FLOOR_FACTOR);
    expect(
      expandableCard.gzip,
      `ExpandableCard is ${expandableCard.gzip} B gzip; floor ${accordionFloor.gzip} B, limit ${limit} B. ` +
        `What it adds to Radix: ${notRadix(expandableCard.inputs).join(", ")}`,
    ).toBeLessThanOrEqual(limit);
  });

  it("the stub really removes TabbedSection's built-in diagrams (control for the next test)", () => {
    const diagrams = (inputs: string[]) => inputs.filter((input) => input.includes("tabbed-section/diagrams/"));
    expect(diagrams(tabbedSection.inputs)).not.toEqual([]);
    expect(diagrams(tabbedSectionGeneric.inputs)).toEqual([]);
    expect(tabbedSectionGeneric.gzip).toBeLessThan(tabbedSection.gzip);
  });

  it(`TabbedSection without its built-in diagrams ≤ ${FLOOR_FACTOR} × the Radix Tabs floor`, () => {
    // Its tab behaviour is the library's own (src/lib/use-tabs.ts): no Radix reaches a site with it.
    expect(fromRadix(tabbedSection.inputs)).toEqual([]);
    const limit = Math.floor(tabsFloor.gzip * FLOOR_FACTOR);
    expect(
      tabbedSectionGeneric.gzip,
      `TabbedSection (diagrams stubbed) is ${tabbedSectionGeneric.gzip} B gzip; floor ${tabsFloor.gzip} B, limit ${limit} B. ` +
        `What it holds: ${tabbedSectionGeneric.inputs.join(", ")}`,
    ).toBeLessThanOrEqual(limit);
  });
});

describe("whole-package budgets", () => {

  it("styles.css ≤ 8 kB gzip", () => {
    expect(cssGzip).toBeGreaterThan(500);
    expect(cssGzip, `styles.css: ${cssGzip} B gzip`).toBeLessThanOrEqual(8 * kB);
  });
});
