// The package as npm publishes it: `npm pack`, installed into a throwaway consumer with React, then
// used from ES modules, from CommonJS and from TypeScript. Needs `npm run build` first.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PRIMITIVES, ROOT, installedVersion, readJson, requireBuild, run } from "./helpers";

interface Rendered {
  value?: string;
  thrown?: string;
  warn: string[];
  error: string[];
}

interface ConsumerReport {
  exports: string[];
  mdxCopies: string[];
  mdxShared: string[];
  providerThroughMdx: Rendered;
  mdxExports: string[];
  emojiExports: string[];
  stopwatch: string | undefined;
  rendered: Record<string, Rendered>;
  withoutProps: Record<string, Rendered>;
  css: { styles: string; layered: string };
  packageJson: string;
}

interface LocalesReport {
  arText: string;
  zhText: string;
  registered: { html: string; warnings: string[] };
  provided: { html: string; warnings: string[] };
  unregistered: { html: string; warnings: string[] };
}

interface PackageJson {
  main: string;
  module: string;
  types: string;
  exports: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
  sideEffects: string[] | boolean;
}

let work: string;
let consumer: string;
let packedFiles: string[];
let installed: string;
const reports: Record<"esm" | "cjs", ConsumerReport> = {} as never;
const localeReports: Record<"esm" | "cjs", LocalesReport> = {} as never;

function consumerRun(file: string): ConsumerReport {
  const result = run(process.execPath, [file], consumer);
  if (result.status !== 0) throw new Error(`${file} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout) as ConsumerReport;
}

beforeAll(() => {
  requireBuild();
  work = mkdtempSync(join(tmpdir(), "sui-package-"));
  const packed = run("npm", ["pack", "--json", "--pack-destination", work]);
  expect(packed.status, packed.stderr).toBe(0);
  const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  packedFiles = info.files.map((file) => file.path).sort();

  consumer = join(work, "consumer");
  cpSync(join(ROOT, "tests/package/consumer"), consumer, { recursive: true });
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  // Same React as the project, so everything normally comes from the npm cache; the registry is
  // only asked for what the cache lacks.
  const install = run(
    "npm",
    [
      "install",
      "--no-audit",
      "--no-fund",
      "--prefer-offline",
      "--ignore-scripts",
      join(work, info.filename),
      `react@${installedVersion("react")}`,
      `react-dom@${installedVersion("react-dom")}`,
      `@types/react@${installedVersion("@types/react")}`,
    ],
    consumer,
  );
  expect(install.status, install.stderr).toBe(0);
  installed = join(consumer, "node_modules/staking-ui");

  reports.esm = consumerRun("esm.mjs");
  reports.cjs = consumerRun("cjs.cjs");
  localeReports.esm = consumerRun("locales.mjs") as unknown as LocalesReport;
  localeReports.cjs = consumerRun("locales.cjs") as unknown as LocalesReport;
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the tarball", () => {
  it("holds only dist/, README.md, LICENSE, package.json and CHANGELOG.md", () => {
    const allowed = new Set(["README.md", "LICENSE", "package.json", "CHANGELOG.md"]);
    const strays = packedFiles.filter((path) => !path.startsWith("dist/") && !allowed.has(path));
    expect(strays).toEqual([]);
    for (const required of ["README.md", "LICENSE", "package.json", "dist/styles.css", "dist/esm/index.js"]) {
      expect(packedFiles).toContain(required);
    }
    const unwanted = packedFiles.filter((path) =>
      /(^|\/)(src|stories|tests|node_modules|\.storybook)\/|\.(test|stories)\.|\.map$|\.tsbuildinfo$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it("holds every file package.json points at", () => {
    const pkg = readJson<PackageJson>(join(ROOT, "package.json"));
    const targets = new Set<string>([pkg.main, pkg.module, pkg.types]);
    const collect = (value: unknown): void => {
      if (typeof value === "string") targets.add(value);
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    collect(pkg.exports);
    collect(pkg.typesVersions);
    // Literal sideEffects paths must name real files, or bundlers would drop
    // `import "staking-ui/emoji/register"` as unused. (Paths under ./src/ are for the repository's
    // own builds, such as Storybook's, which bundle the sources; the tarball has none.)
    if (Array.isArray(pkg.sideEffects)) pkg.sideEffects.filter((p) => !p.includes("*") && !p.startsWith("./src/")).forEach(collect);
    const missing = [...targets].map((target) => target.replace(/^\.\//, "")).filter((path) => !packedFiles.includes(path));
    expect(missing).toEqual([]);
    expect(targets.size).toBeGreaterThan(10);
  });

  it('keeps "use client" in exactly the published ESM files whose source has it', () => {
    const esm = join(installed, "dist/esm");
    const mismatches: string[] = [];
    let clientFiles = 0;
    for (const file of walk(esm).filter((path) => path.endsWith(".js"))) {
      const path = relative(esm, file).replace(/\.js$/, "");
      const source = [".tsx", ".ts"].map((ext) => join(ROOT, "src", path + ext)).find(existsSync);
      if (!source) continue;
      const wanted = startsWithUseClient(readFileSync(source, "utf8"));
      const has = startsWithUseClient(readFileSync(file, "utf8"));
      if (wanted) clientFiles += 1;
      if (wanted !== has) mismatches.push(`${path}: source ${wanted}, published ${has}`);
    }
    expect(mismatches).toEqual([]);
    expect(clientFiles).toBeGreaterThan(0);
    // Server components import these directly: they must not be client modules.
    for (const serverSafe of ["card/card", "card-grid/card-grid", "alert/alert", "emoji/emoji"]) {
      expect(startsWithUseClient(readFileSync(join(esm, "components", `${serverSafe}.js`), "utf8"))).toBe(false);
    }
  });
});

describe.each(["esm", "cjs"] as const)("a %s consumer of the installed tarball", (format) => {
  const report = () => reports[format];

  it("gets every primitive, and the same names from ESM and CommonJS", () => {
    expect(report().exports).toEqual(expect.arrayContaining([...PRIMITIVES, "StakingUIProvider"]));
    expect(report().exports).toEqual(reports.esm.exports);
  });

  it("renders every primitive to HTML with its text and data-slot parts", () => {
    const html = (name: string) => {
      const rendered = report().rendered[name]!;
      expect(rendered.thrown, name).toBeUndefined();
      return rendered.value!;
    };
    expectAll(html("Card"), ['data-slot="card"', 'data-slot="card-title"', "<h3", "Solo staking", "Run your own validator.", "🐟"]);
    expectAll(html("CardGrid"), ['data-slot="card-grid"', "First card", "Second card"]);
    expect(html("CardGrid").match(/data-slot="card"/g)).toHaveLength(2);
    expectAll(html("Alert"), [
      'data-slot="alert"',
      'data-variant="warning"',
      'data-slot="alert-emoji"',
      'data-slot="alert-content"',
      'data-slot="alert-title"',
      'data-slot="alert-description"',
      "💡",
      "Heads up",
      "Withdrawals are enabled.",
    ]);
    expectAll(html("ButtonLink"), [
      'data-slot="button-link"',
      'href="https://ethereum.org/en/staking/"',
      'rel="noopener noreferrer"',
      "Start staking",
    ]);
    expectAll(html("ExpandableCard"), [
      'data-slot="expandable-card"',
      'data-slot="expandable-card-trigger"',
      'data-state="open"',
      "What is a validator?",
      "A short answer.",
      "The full answer.",
    ]);
    // A facade: the player (and any request to YouTube) waits for the reader.
    expectAll(html("YouTube"), ['data-slot="youtube"', 'data-slot="youtube-play"', "Staking explained"]);
    expect(html("YouTube")).not.toContain("<iframe");
    // The shortcode resolves: staking-ui/emoji/register filled the registry the main entry reads.
    expectAll(html("Emoji"), ['data-slot="emoji"', 'aria-label="Stopwatch"', "⏱"]);
    expect(html("Emoji")).not.toContain(":stopwatch:");
  });

  it("prints no React error or library warning for valid props", () => {
    for (const [name, rendered] of Object.entries(report().rendered)) {
      expect({ name, warn: rendered.warn, error: rendered.error }).toEqual({ name, warn: [], error: [] });
    }
  });

  it("renders every exported component with no props without throwing", () => {
    const thrown = Object.entries(report().withoutProps)
      .filter(([, rendered]) => rendered.thrown !== undefined)
      .map(([name, rendered]) => `${name}: ${rendered.thrown!.split("\n")[0]}`);
    expect(thrown).toEqual([]);
    expect(Object.keys(report().withoutProps)).toEqual(expect.arrayContaining([...PRIMITIVES]));
  });

  it("loads staking-ui/mdx and staking-ui/emoji", () => {
    expect(report().mdxExports).toContain("mdxComponents");
    expect(report().mdxExports).toEqual(reports.esm.mdxExports);
    expect(report().emojiExports).toEqual(expect.arrayContaining(["emojiFromShortcode", "registerEmojiShortcodes"]));
    expect(report().emojiExports).toEqual(reports.esm.emojiExports);
    expect(report().stopwatch).toMatch(/^⏱/u);
  });

  it("shares one copy of each component (and of the provider's context) between staking-ui and staking-ui/mdx", () => {
    expect(report().mdxCopies).toEqual([]);
    expect(report().mdxShared).toEqual(expect.arrayContaining([...PRIMITIVES.filter((name) => name !== "Emoji")]));
    const { value, thrown } = report().providerThroughMdx;
    expect(thrown).toBeUndefined();
    expectAll(value!, ['dir="rtl"', "Provider text", "Question"]);
  });

  it("resolves the stylesheets and package.json to the installed files", () => {
    const { styles, layered } = report().css;
    expect(styles).toBe(join(installed, "dist/styles.css"));
    expect(layered).toBe(join(installed, "dist/styles.layered.css"));
    expect(readFileSync(styles, "utf8")).toContain(".sui-card");
    expect(readFileSync(layered, "utf8")).toMatch(/^@layer staking-ui\s*\{/);
    expect(report().packageJson).toBe(join(installed, "package.json"));
  });
});

describe.each(["esm", "cjs"] as const)("a %s consumer of the locale packs", (format) => {
  const report = () => localeReports[format];

  it("gets Arabic from `staking-ui/locales/ar/register`: the registry the main entry reads", () => {
    expect(report().arText).toMatch(/[\u0600-\u06ff]/);
    expect(report().registered.html).toContain(report().arText);
    expect(report().registered.html).toContain('dir="rtl"');
    expect(report().registered.warnings).toEqual([]);
  });

  it("gets Chinese from a pack given to the provider", () => {
    expect(report().provided.html).toContain(report().zhText);
    expect(report().provided.warnings).toEqual([]);
  });

  it("shows English for a locale whose pack is neither registered nor provided, and says which import to add", () => {
    expect(report().unregistered.html).not.toContain(report().zhText);
    expect(report().unregistered.warnings.join("\n")).toMatch(/staking-ui\/locales\/zh\/register/);
  });
});

describe("a TypeScript consumer", () => {
  it("type-checks ESM (.mts) and CommonJS (.cts) imports with strict settings and library checks on", () => {
    const uses = `
const card: CardProps = { title: "Solo staking", emoji: ":stopwatch:", headingLevel: 2 };
export const elements = [
  createElement(Card, card),
  createElement(ButtonLink, { href: "/staking/", variant: "solid" }, "Stake"),
  createElement(YouTube, { id: "dQw4w9WgXcQ" }),
];
export const stopwatch: string | undefined = emojiFromShortcode("stopwatch");
export const map = mdxComponents;
export const localized = createElement(StakingUIProvider, { locale: "zh", locales: [zh] }, createElement(Card, card));
registerLocale(ar);
// @ts-expect-error: title must be a ReactNode, so the declarations really are checked.
export const wrong: CardProps = { title: () => null };
`;
    const imports = `import { createElement } from "react";
import { ButtonLink, Card, StakingUIProvider, YouTube, registerLocale, type CardProps } from "staking-ui";
import { zh } from "staking-ui/locales/zh";
import { ar } from "staking-ui/locales/ar";
import "staking-ui/locales/ar/register";
import { mdxComponents } from "staking-ui/mdx";
import { emojiFromShortcode } from "staking-ui/emoji";
import "staking-ui/emoji/register";
`;
    writeFileSync(join(consumer, "types.mts"), imports + uses);
    writeFileSync(join(consumer, "types.cts"), imports + uses);
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: "nodenext",
          moduleResolution: "nodenext",
          target: "es2022",
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ["types.mts", "types.cts"],
      }),
    );
    const tsc = run(process.execPath, [join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], consumer);
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
  });
});

function expectAll(html: string, parts: string[]): void {
  const missing = parts.filter((part) => !html.includes(part));
  expect(missing, html).toEqual([]);
}

function startsWithUseClient(code: string): boolean {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use client["']/.test(code);
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
