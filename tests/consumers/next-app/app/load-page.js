import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { evaluatePage } from "staking-ui/mdx";

// The seed pages are copied next to the app (content/) by the test runner; `next build` runs with
// the app folder as its working directory, and pages are prerendered at build time.
export async function loadPage(file) {
  const source = await readFile(join(process.cwd(), "content", file), "utf8");
  return evaluatePage(source);
}
