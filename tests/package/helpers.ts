// Shared by the package tests: the project root, a child-process runner that never throws (tests
// assert on the exit code and output), and the built dist's presence.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], cwd = ROOT): RunResult {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fails early with the fix when the package tests run without a build. */
export function requireBuild(): void {
  if (!existsSync(join(ROOT, "dist/esm/index.js"))) {
    throw new Error("dist/ is missing: run `npm run build` before the package tests.");
  }
}

export function readJson<T = Record<string, unknown>>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/** The version installed in the project, so a consumer installs the same one (from the npm cache). */
export function installedVersion(name: string): string {
  return readJson<{ version: string }>(join(ROOT, "node_modules", name, "package.json")).version;
}

/** The primitives the design names; every one must be exported by the main entry. */
export const PRIMITIVES = [
  "Card",
  "CardGrid",
  "ExpandableCard",
  "Alert",
  "AlertEmoji",
  "AlertContent",
  "AlertTitle",
  "AlertDescription",
  "ButtonLink",
  "YouTube",
  "Emoji",
] as const;
