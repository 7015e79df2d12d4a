import { it } from "vitest";
import { renderToString } from "react-dom/server";
import { evaluatePage } from "../../src/mdx/index";
it("measure", async () => {
  for (const depth of [200, 1000, 2000]) {
    const src = "<div>".repeat(depth) + "x" + "</div>".repeat(depth);
    let t = performance.now();
    try { const page = await evaluatePage(src); const html = renderToString(<page.Content />); console.log("depth", depth, "ok", html.length, performance.now() - t); }
    catch (e) { console.log("depth", depth, "error", String(e).slice(0, 200), performance.now() - t); }
    const src2 = Array.from({length: depth}, () => "<div>").join("\n") + "\nx\n" + Array.from({length: depth}, () => "</div>").join("\n");
    t = performance.now();
    try { const page = await evaluatePage(src2); const html = renderToString(<page.Content />); console.log("depth lines", depth, "ok", html.length, performance.now() - t); }
    catch (e) { console.log("depth lines", depth, "error", String(e).slice(0, 200), performance.now() - t); }
  }
  const para = "Staking pools let people with less ETH take part. [A link](/staking/) and **bold** text.\n\n";
  const big = "## Title {#t}\n\n" + para.repeat(Math.ceil(1_048_576 / para.length));
  let t = performance.now();
  try { const page = await evaluatePage(big); const c = performance.now() - t; const html = renderToString(<page.Content />); console.log("1MB ok", big.length, html.length, c, performance.now() - t); }
  catch (e) { console.log("1MB error", String(e).slice(0, 300), performance.now() - t); }
}, 600_000);
