// Size table: each staking-ui component imported alone, the entries and the stylesheet, next to
// the equivalent components of Mantine, Radix Themes and Chakra UI v3 and the bare Radix
// primitives, all measured by the same function (lib/measure.mjs).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { measureCss, measureJs } from "./lib/measure.mjs";
import { PEERS_MODULES, peerVersion } from "./lib/peers.mjs";
import { DIST, ROOT } from "./lib/paths.mjs";
import { kB, textTable } from "./lib/table.mjs";

const OURS_INDEX = join(DIST, "esm/index.js");
const OURS_MDX = join(DIST, "esm/mdx/index.js");
const OURS_EMOJI = join(DIST, "esm/emoji/index.js");

const ours = (names, from = OURS_INDEX) => ({
  contents: `export { ${names.join(", ")} } from ${JSON.stringify(from)};`,
  resolveDir: ROOT,
});
const peer = (names, from) => ({
  contents: `export { ${names.join(", ")} } from ${JSON.stringify(from)};`,
  resolveDir: ROOT,
  nodePaths: [PEERS_MODULES],
});

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

async function sizeOf(spec) {
  const r = await measureJs(spec);
  return { minified: r.minified, gzip: r.gzip };
}

/** Every PascalCase value export of the built main entry: the components and the provider. */
export async function ourComponentNames() {
  const mod = await import(pathToFileURL(OURS_INDEX).href);
  return Object.keys(mod)
    .filter((name) => /^[A-Z]/.test(name) && (typeof mod[name] === "function" || typeof mod[name] === "object"))
    .filter((name) => !/^[A-Z0-9_]+$/.test(name)) // constants such as SUPPORTED_LOCALES
    .sort();
}

export async function runSize({ log = console.log } = {}) {
  const names = await ourComponentNames();
  const components = {};
  for (const name of names) components[name] = await sizeOf(ours([name]));

  const equivalents = [];
  for (const row of EQUIVALENTS) {
    const out = { role: row.role, ours: row.ours, oursSize: components[row.ours] ?? null };
    out.radix = row.radix
      ? await sizeOf({
          contents: `export { ${row.radix[1].join(", ")} } from ${JSON.stringify(row.radix[0])};`,
          resolveDir: ROOT,
        })
      : null;
    for (const lib of Object.keys(LIBS)) out[lib] = row[lib] ? await sizeOf(peer(row[lib], LIBS[lib])) : null;
    equivalents.push(out);
  }

  const providers = {
    ours: components.StakingUIProvider ?? (await sizeOf(ours(PROVIDERS.ours))),
  };
  for (const lib of Object.keys(LIBS)) providers[lib] = await sizeOf(peer(PROVIDERS[lib], LIBS[lib]));

  const entries = {
    main: await sizeOf({ contents: `export * from ${JSON.stringify(OURS_INDEX)};`, resolveDir: ROOT }),
    mdx: existsSync(OURS_MDX)
      ? await sizeOf({ contents: `export * from ${JSON.stringify(OURS_MDX)};`, resolveDir: ROOT })
      : null,
    emoji: existsSync(OURS_EMOJI)
      ? await sizeOf({ contents: `export * from ${JSON.stringify(OURS_EMOJI)};`, resolveDir: ROOT })
      : null,
  };
  const wholeLibrary = {};
  for (const lib of Object.keys(LIBS)) {
    wholeLibrary[lib] = await sizeOf({ ...peer([], LIBS[lib]), contents: `export * from ${JSON.stringify(LIBS[lib])};` });
  }

  const css = {
    ours: measureCss(join(DIST, "styles.css")),
    mantine: measureCss(join(PEERS_MODULES, "@mantine/core/styles.css")),
    themes: measureCss(join(PEERS_MODULES, "@radix-ui/themes/styles.css")),
    chakra: null, // styles are generated at run time by Emotion, inside the JS sizes above
  };

  const versions = {
    "@radix-ui/react-accordion": peerVersion("@radix-ui/react-accordion"),
    "@radix-ui/react-tabs": peerVersion("@radix-ui/react-tabs"),
    "@mantine/core": peerVersion("@mantine/core"),
    "@radix-ui/themes": peerVersion("@radix-ui/themes"),
    "@chakra-ui/react": peerVersion("@chakra-ui/react"),
  };

  const result = { components, equivalents, providers, entries, wholeLibrary, css, versions };
  log(formatSize(result));
  return result;
}

const cell = (s) => (s ? kB(s.gzip) : "—");

export function sizeTables(result) {
  const header = ["gzip -9, react external", "staking-ui", "bare Radix", "Mantine", "Radix Themes", "Chakra v3"];
  const rows = result.equivalents.map((r) => [
    `${r.role}`,
    cell(r.oursSize),
    cell(r.radix),
    cell(r.mantine),
    cell(r.themes),
    cell(r.chakra),
  ]);
  rows.push(["Root provider", cell(result.providers.ours), "—", cell(result.providers.mantine), cell(result.providers.themes), cell(result.providers.chakra)]);
  rows.push(["Whole main entry", cell(result.entries.main), "—", cell(result.wholeLibrary.mantine), cell(result.wholeLibrary.themes), cell(result.wholeLibrary.chakra)]);
  rows.push(["Stylesheet (whole)", cell(result.css.ours), "—", cell(result.css.mantine), cell(result.css.themes), "runtime (Emotion)"]);

  const alone = Object.entries(result.components).map(([name, s]) => [name, kB(s.gzip), kB(s.minified)]);
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
