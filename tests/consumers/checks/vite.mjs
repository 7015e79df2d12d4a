// Vite + React 18, importing only Card: the bundle carries Card and nothing it does not use (no Radix,
// no MDX compiler, no emoji data set), the stylesheet is emitted, the built site renders the card in
// Chromium with the stylesheet applied, and the package renders on the server under React 18 from
// both its ESM and CJS builds, seed pages through staking-ui/mdx included.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withBrowser } from "./browser.mjs";
import { missing, present } from "./html.mjs";
import { startServer } from "./serve.mjs";

export async function checkVite(dir, { run }) {
  const problems = [];
  const assets = join(dir, "dist/assets");
  const files = readdirSync(assets);
  const js = files.filter((f) => f.endsWith(".js")).map((f) => readFileSync(join(assets, f), "utf8")).join("\n");
  const css = files.filter((f) => f.endsWith(".css")).map((f) => readFileSync(join(assets, f), "utf8")).join("\n");

  problems.push(...missing("bundle", js, [/"data-slot":[`'"]card[`'"]/, "sui-card", "Vite consumer"]));
  problems.push(
    ...present("bundle", js, [
      /radix/i, // @radix-ui/* and its data-radix-* attributes
      "Smileys & Emotion", // gemoji's data set
      "grinning face",
      "micromark", // the MDX compiler
      "sui-expandable-card", // other components
      "sui-tabbed-section",
      "sui-alert",
    ]),
  );
  problems.push(...missing("stylesheet", css, ["--sui-", ".sui-card"]));

  const rendered = JSON.parse(run("node", ["server-render.mjs"]));
  if (!rendered.react.startsWith("18.")) problems.push(`expected React 18 on the server, got ${rendered.react}`);
  problems.push(...missing("React 18 server render (ESM)", rendered.esmHtml, ['data-slot="card"', "Vite consumer"]));
  if (rendered.esmHtml !== rendered.cjsHtml) problems.push("ESM and CJS builds render different markup under React 18");
  const pageIds = { "staking-pools.zh.md": 'id="what-are-staking-pools"', "restaking.zh.md": 'id="what-is-restaking"' };
  for (const [file, id] of Object.entries(pageIds)) {
    const html = rendered.pages[file] ?? "";
    problems.push(...missing(`React 18 server render of ${file}`, html, [id, 'data-slot="page-content"']));
    problems.push(...present(`React 18 server render of ${file}`, html, ['data-slot="unknown-component"']));
  }

  const server = await startServer(
    join(dir, "node_modules/.bin/vite"),
    (port) => ["preview", "--port", String(port), "--strictPort", "--host", "127.0.0.1"],
    dir,
    { readyPattern: /Local:/ },
  );
  try {
    problems.push(
      ...(await withBrowser(server.url, async (page, seen) => {
        await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
        const card = page.locator('[data-slot="card"]');
        await card.waitFor({ timeout: 10_000 });
        const title = await page.locator('[data-slot="card-title"]').textContent();
        if (title !== "Vite consumer") seen.push(`browser: card title is ${JSON.stringify(title)}`);
        // The stylesheet reached the page: the card's padding comes from a --sui-* token.
        const padding = await card.evaluate((el) => getComputedStyle(el).paddingBlockStart);
        if (padding === "0px") seen.push("browser: the card has no padding; staking-ui/styles.css did not apply");
      })),
    );
  } finally {
    await server.stop();
  }
  return problems;
}
