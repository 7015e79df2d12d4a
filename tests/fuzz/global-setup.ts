// Collects how many cases the fuzz files generated: each file writes its count into a directory
// shared through `provide`, and the total is printed once every file has run.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    fuzzCountDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), "staking-ui-fuzz-"));
  project.provide("fuzzCountDir", dir);
  return () => {
    const counts = readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), "utf8")) as Record<string, number>);
    const total = counts.reduce((sum, entry) => sum + Object.values(entry).reduce((a, b) => a + b, 0), 0);
    const areas = counts.reduce((sum, entry) => sum + Object.keys(entry).length, 0);
    if (total > 0) console.log(`\n[fuzz] ${total.toLocaleString("en")} generated cases across ${areas} components and data helpers`);
    rmSync(dir, { recursive: true, force: true });
  };
}
