// Vite + React 18, importing only Card: the bundle carries Card and nothing it does not use (no Radix,
// no MDX compiler, no emoji data set), the stylesheet is emitted, and the package renders on the
// server under React 18 from both its ESM and CJS builds.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { missing, present } from "./html.mjs";

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
  return problems;
}
