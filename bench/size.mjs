// Size table: each staking-ui component imported alone, the entries and the stylesheet, next to
// the equivalent components of Mantine, Radix Themes and Chakra UI v3 and the bare Radix
// primitives, all measured by the function the size budgets use (scripts/size.mjs, via lib/measure.mjs).
import { join } from "node:path";
import { closeBundler, measureAll, measureCss, measureNamed, packageFrom } from "./lib/measure.mjs";
import { PEERS_MODULES, peerVersion } from "./lib/peers.mjs";
import { DIST } from "./lib/paths.mjs";
import { kB, textTable } from "./lib/table.mjs";
import { measureTabbedSectionWithoutDiagrams } from "./lib/tabs-without-diagrams.mjs";
import { exportNames } from "../scripts/size.mjs";

const peer = (name) => packageFrom(PEERS_MODULES, name);

/**
 * The side-by-side rows: our component, then its nearest equivalent in each library. A missing
 * equivalent is null (Radix Themes has no accordion).
 */
export const EQUIVALENTS = [
  {
    role: "Card",
    ours: "Card",
    radix: null,
    mantine: ["Card"],
    themes: ["Card"],
    chakra: ["Card"],
  },
  {
    role: "Alert / Callout",
    ours: "Alert",
    radix: null,
    mantine: ["Alert"],
    themes: ["Callout"],
    chakra: ["Alert"],
  },
  {
    role: "Accordion (ExpandableCard)",
    ours: "ExpandableCard",
    // The parts a disclosure card needs: the floor for any accordion built on Radix.
    radix: ["@radix-ui/react-accordion", ["Root", "Item", "Header", "Trigger", "Content"]],
    mantine: ["Accordion"],
    themes: null,
    chakra: ["Accordion"],
  },
  {
    role: "Tabs (TabbedSection)",
    ours: "TabbedSection",
    radix: ["@radix-ui/react-tabs", ["Root", "List", "Trigger", "Content"]],
    mantine: ["Tabs"],
    themes: ["Tabs"],
    chakra: ["Tabs"],
  },
];

/** What a site pays for each library's root provider, when the components need one. */
const PROVIDERS = {
  ours: ["StakingUIProvider"],
  mantine: ["MantineProvider"],
  themes: ["Theme"],
  chakra: ["ChakraProvider", "defaultSystem"],
};

const LIBS = {
  mantine: "@mantine/core",
  themes: "@radix-ui/themes",
  chakra: "@chakra-ui/react",
};

const size = ({ minified, gzip }) => ({ minified, gzip });

/** The components (PascalCase exports, constants such as STAKING_PRODUCTS left out) of the main entry. */
export async function ourComponentNames() {
  return (await exportNames("staking-ui")).filter((name) => /^[A-Z]/.test(name) && !/^[A-Z0-9_]+$/.test(name));
}


export async function runSize({ log = console.log } = {}) {
  try {
    const names = await ourComponentNames();
    const components = {};
    for (const name of names) components[name] = size(await measureNamed([name], "staking-ui"));
    const tabbedGeneric = size(await measureTabbedSectionWithoutDiagrams());

    const equivalents = [];
    for (const row of EQUIVALENTS) {
      const out = { role: row.role, ours: row.ours, oursSize: components[row.ours] ?? null };
      if (row.ours === "TabbedSection") out.oursWithoutDiagrams = tabbedGeneric;
      out.radix = row.radix ? size(await measureNamed(row.radix[1], peer(row.radix[0]))) : null;
      for (const lib of Object.keys(LIBS)) out[lib] = row[lib] ? size(await measureNamed(row[lib], peer(LIBS[lib]))) : null;
      equivalents.push(out);
    }

    const providers = { ours: components.StakingUIProvider ?? size(await measureNamed(PROVIDERS.ours, "staking-ui")) };
    for (const lib of Object.keys(LIBS)) providers[lib] = size(await measureNamed(PROVIDERS[lib], peer(LIBS[lib])));

    const entries = {
      main: size(await measureAll("staking-ui")),
      mdx: size(await measureAll("staking-ui/mdx")),
      mdxComponents: size(await measureNamed(["mdxComponents"], "staking-ui/mdx")),
      emoji: size(await measureAll("staking-ui/emoji")),
    };
    const wholeLibrary = {};
    for (const lib of Object.keys(LIBS)) wholeLibrary[lib] = size(await measureAll(peer(LIBS[lib])));

    const css = {
      ours: measureCss(join(DIST, "styles.css")),
      mantine: measureCss(join(PEERS_MODULES, "@mantine/core/styles.css")),
      themes: measureCss(join(PEERS_MODULES, "@radix-ui/themes/styles.css")),
      chakra: null, // styles are generated at run time by Emotion, inside the JS sizes above
    };

    const versions = Object.fromEntries(
      ["@radix-ui/react-accordion", "@radix-ui/react-tabs", "@mantine/core", "@radix-ui/themes", "@chakra-ui/react"].map((n) => [n, peerVersion(n)]),
    );

    const result = { method: "scripts/size.mjs bundleSource: esbuild, minify, ESM, browser, production, react external, gzip -9", components, tabbedSectionWithoutDiagrams: tabbedGeneric, equivalents, providers, entries, wholeLibrary, css, versions };
    log(formatSize(result));
    return result;
  } finally {
    await closeBundler();
  }
}

const cell = (s) => (s ? kB(s.gzip) : "—");

export function sizeTables(result) {
  const header = ["gzip -9, react external", "staking-ui", "bare Radix", "Mantine", "Radix Themes", "Chakra v3"];
  const rows = result.equivalents.map((r) => [
    `${r.role}`,
    r.oursWithoutDiagrams ? `${cell(r.oursSize)} (${cell(r.oursWithoutDiagrams)} without its diagrams)` : cell(r.oursSize),
    cell(r.radix),
    cell(r.mantine),
    cell(r.themes),
    cell(r.chakra),
  ]);
  rows.push(["Root provider", cell(result.providers.ours), "—", cell(result.providers.mantine), cell(result.providers.themes), cell(result.providers.chakra)]);
  rows.push(["Whole main entry", cell(result.entries.main), "—", cell(result.wholeLibrary.mantine), cell(result.wholeLibrary.themes), cell(result.wholeLibrary.chakra)]);
  rows.push(["Stylesheet (whole)", cell(result.css.ours), "—", cell(result.css.mantine), cell(result.css.themes), "runtime (Emotion)"]);

  const alone = Object.entries(result.components).map(([name, s]) => [name, kB(s.gzip), kB(s.minified)]);
  alone.push(["TabbedSection, built-in diagrams stubbed", cell(result.tabbedSectionWithoutDiagrams), kB(result.tabbedSectionWithoutDiagrams.minified)]);
  alone.push(["staking-ui/mdx { mdxComponents }", cell(result.entries.mdxComponents), kB(result.entries.mdxComponents?.minified)]);
  alone.push(["staking-ui (main entry)", cell(result.entries.main), kB(result.entries.main?.minified)]);
  alone.push(["staking-ui/mdx", cell(result.entries.mdx), kB(result.entries.mdx?.minified)]);
  alone.push(["staking-ui/emoji", cell(result.entries.emoji), kB(result.entries.emoji?.minified)]);
  alone.push(["staking-ui/styles.css", cell(result.css.ours), kB(result.css.ours?.minified)]);
  return { sideBySide: { header, rows }, alone: { header: ["Imported alone", "gzip", "minified"], rows: alone } };
}

export function formatSize(result) {
  const t = sizeTables(result);
  const v = result.versions;
  return [
    textTable(
      `Size — equivalents side by side (Mantine ${v["@mantine/core"]}, Radix Themes ${v["@radix-ui/themes"]}, Chakra ${v["@chakra-ui/react"]}, Radix primitives accordion ${v["@radix-ui/react-accordion"]} / tabs ${v["@radix-ui/react-tabs"]})`,
      t.sideBySide.header,
      t.sideBySide.rows,
    ),
    "",
    textTable("Size — staking-ui, each export imported alone", t.alone.header, t.alone.rows),
  ].join("\n");
}
