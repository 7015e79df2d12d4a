// Opens pages of a running consumer in Debian's Chromium (the flags the tests use) with every other
// host blocked, and reports console errors, page errors and failed hydration.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../setup/chromium.mjs";

/** Calls `visit(page)` for a fresh page; returns the problems seen in the console and the page. */
export async function withBrowser(origin, visit) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const problems = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      // Blocked third-party requests (video thumbnails) are expected here; anything else is not.
      if (message.type() === "error" && !/net::ERR_FAILED|Failed to load resource/.test(message.text())) {
        problems.push(`console error: ${message.text().slice(0, 500)}`);
      }
    });
    await visit(page, problems);
  } finally {
    await browser.close();
  }
  return problems;
}
