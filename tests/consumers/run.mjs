#!/usr/bin/env node
// Real consumers of the packed tarball: each app in this folder is copied to a temporary folder,
// installs `staking-ui` from the tarball (`npm pack` of the current build) plus its framework from
// the npm registry, builds, and its output is checked.
//
//   node tests/consumers/run.mjs               all consumers (needs `npm run build` first)
//   node tests/consumers/run.mjs --only=vite   one of them
//   node tests/consumers/run.mjs --keep        leave the temporary folder for inspection
//   node tests/consumers/run.mjs --from=<dir>  pack another checkout's build instead of this one
//
// npm's cache makes reruns fast (`--prefer-offline`); the first run downloads Next.js (~150 MB).
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkNext } from "./checks/next.mjs";
import { checkVite } from "./checks/vite.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HERE = fileURLToPath(new URL(".", import.meta.url));

const CONSUMERS = {
  next: { dir: "next-app", check: checkNext, seeds: true },
  vite: { dir: "vite-app", check: checkVite, seeds: true },
};

const args = process.argv.slice(2);
const keep = args.includes("--keep");
const onlyArg = args.find((a) => a.startsWith("--only="));
const fromArg = args.find((a) => a.startsWith("--from="));
const PACKAGE_DIR = fromArg ? fromArg.slice("--from=".length) : ROOT;
const selected = onlyArg ? onlyArg.slice("--only=".length).split(",") : Object.keys(CONSUMERS);
for (const name of selected) {
  if (!CONSUMERS[name]) {
    console.error(`Unknown consumer "${name}". Known: ${Object.keys(CONSUMERS).join(", ")}`);
    process.exit(2);
  }
}

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // No update checks, funding or audit calls: the registry is only used to fetch packages.
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
};

function run(cmd, cmdArgs, cwd, { capture = false } = {}) {
  return execFileSync(cmd, cmdArgs, {
    cwd,
    env,
    encoding: "utf8",
    stdio: capture ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

if (!existsSync(join(PACKAGE_DIR, "dist/esm/index.js"))) {
  console.error("dist/ is missing: run `npm run build` first.");
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), "staking-ui-consumers-"));
let failed = 0;
try {
  const packStart = performance.now();
  const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work], PACKAGE_DIR, { capture: true }));
  renameSync(join(work, packed[0].filename), join(work, "staking-ui.tgz"));
  console.log(`Packed ${packed[0].filename} (${packed[0].entryCount} files) in ${seconds(packStart)}`);

  for (const name of selected) {
    const consumer = CONSUMERS[name];
    const dir = join(work, consumer.dir);
    const start = performance.now();
    console.log(`\n── ${consumer.dir}`);
    cpSync(join(HERE, consumer.dir), dir, {
      recursive: true,
      filter: (src) => !["node_modules", ".next", "dist", "content"].includes(basename(src)),
    });
    if (consumer.seeds) {
      // The pages the library exists to render, from the copies the stories use.
      cpSync(join(ROOT, "stories/pages"), join(dir, "content"), {
        recursive: true,
        filter: (src) => !src.endsWith(".ts") && !src.endsWith(".tsx"),
      });
    }
    try {
      const installStart = performance.now();
      run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], dir);
      console.log(`installed in ${seconds(installStart)}`);
      const buildStart = performance.now();
      run("npm", ["run", "build", "--silent"], dir);
      console.log(`built in ${seconds(buildStart)}`);
      const problems = await consumer.check(dir, { run: (cmd, a) => run(cmd, a, dir, { capture: true }) });
      if (problems.length > 0) {
        failed += 1;
        console.error(`✗ ${consumer.dir}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
      } else {
        console.log(`✓ ${consumer.dir} (${seconds(start)})`);
      }
    } catch (error) {
      failed += 1;
      console.error(`✗ ${consumer.dir}: ${error.message}`);
    }
  }
} finally {
  if (keep) console.log(`\nKept ${work}: ${readdirSync(work).join(", ")}`);
  else rmSync(work, { recursive: true, force: true });
}

if (failed > 0) {
  console.error(`\n${failed} consumer(s) failed.`);
  process.exit(1);
}
console.log(`\nAll ${selected.length} consumer(s) built from the packed tarball.`);
