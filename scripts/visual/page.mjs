// One browser page that loads stories the same way every time: fixed viewport, scale, motion,
// colour scheme, locale and time zone; animations, transitions and the caret stopped; fonts and
// images settled; the play function finished; the mouse parked in the corner. Requests that leave
// the local Storybook server fail and are reported.

import { createServer } from "node:http";
import { hostname, networkInterfaces } from "node:os";

/** Stops everything that moves, so a screenshot never catches a frame in between. */
const FREEZE_CSS = `*, *::before, *::after {
  animation-delay: 0s !important; animation-duration: 0s !important; animation-iteration-count: 1 !important;
  transition-delay: 0s !important; transition-duration: 0s !important; scroll-behavior: auto !important;
  caret-color: transparent !important;
}`;

/**
 * Runs in every document before its own scripts.
 * @param {string} freezeCss
 */
function initScript(freezeCss) {
  try {
    // Components may remember state (a chosen tab, a dismissed notice); every load starts clean.
    localStorage.clear();
    sessionStorage.clear();
  } catch {}
  /** @type {{ finished: { storyId: string, status: string } | null, errors: string[] }} */
  const state = { finished: null, errors: [] };
  Object.defineProperty(window, "__visualHarness", { value: state });
  // Storybook assigns its channel to this global once; listening from the first event on means the
  // harness cannot miss a story that finishes before it starts polling.
  /** @type {any} */
  let channel;
  Object.defineProperty(window, "__STORYBOOK_ADDONS_CHANNEL__", {
    configurable: true,
    enumerable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (!value || typeof value.on !== "function") return;
      value.on("storyFinished", (/** @type {any} */ event) => {
        state.finished = { storyId: event?.storyId, status: event?.status };
      });
      for (const name of ["storyErrored", "storyThrewException", "playFunctionThrewException", "storyMissing"]) {
        value.on(name, (/** @type {any} */ detail) => {
          const message = typeof detail === "string" ? detail : detail?.message ?? detail?.title ?? JSON.stringify(detail);
          state.errors.push(`${name}: ${message}`);
        });
      }
    },
  });
  const style = document.createElement("style");
  style.setAttribute("data-visual-harness", "");
  style.textContent = freezeCss;
  const attach = () => {
    if (!document.head) return false;
    document.head.append(style);
    return true;
  };
  if (!attach()) {
    const observer = new MutationObserver(() => attach() && observer.disconnect());
    observer.observe(document, { childList: true, subtree: true });
  }
}

/**
 * Opens a browser context + page for stories served from `origin`. The Chromium flags
 * (tests/setup/chromium.mjs) send every request that is not to a loopback address to a proxy that
 * does not exist, so nothing leaves the machine; `onBlocked(url)` hears about each such request.
 * The flags block rather than `context.route()`, because routing switches off Chromium's HTTP
 * cache and re-reading the Storybook bundles made every story load about 40 % slower.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 * @param {(url: string) => void} onBlocked
 */
export async function openStoryPage(browser, origin, onBlocked) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    reducedMotion: "reduce",
    colorScheme: "light",
    forcedColors: "none",
    locale: "en-US",
    timezoneId: "UTC",
    serviceWorkers: "block",
    // "StorybookTestRunner" tells Storybook it runs under a test runner: after the play function it
    // then freezes animations at their end, as in the Vitest project, instead of waiting ≥ 100 ms
    // for them.
    userAgent: `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${browser.version()} Safari/537.36 StorybookTestRunner`,
  });
  const leavesServer = (/** @type {string} */ url) => /^(https?|wss?):/i.test(url) && !url.startsWith(`${origin}/`);
  context.on("request", (request) => {
    if (leavesServer(request.url())) onBlocked(request.url());
  });
  context.on("page", (page) =>
    page.on("websocket", (socket) => {
      if (leavesServer(socket.url())) onBlocked(socket.url());
    }),
  );
  await context.addInitScript(initScript, FREEZE_CSS);
  const page = await context.newPage();
  trackRequests(page);
  return { context, page };
}

/** Requests in flight and a counter of request events, per page, for settle(). */
const network = new WeakMap();

/** @param {import("playwright-core").Page} page */
function trackRequests(page) {
  const state = { inFlight: 0, events: 0 };
  network.set(page, state);
  page.on("request", () => {
    state.inFlight += 1;
    state.events += 1;
  });
  const done = () => {
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.events += 1;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
}

/**
 * Proves the blocking works before any story runs, even on a machine without internet: a decoy
 * server listens on every interface, and requests to it through this machine's own non-loopback
 * address and host name — which would reach it without the blocking — must fail, be reported and
 * never arrive; so must requests to a public host name and IP address. Throws otherwise.
 * @param {import("playwright-core").Browser} browser
 * @param {string} origin
 */
export async function assertNetworkBlocked(browser, origin) {
  /** @type {string[]} */
  const seen = [];
  let arrived = 0;
  const decoy = createServer((_, response) => {
    arrived += 1;
    response.end("reached");
  });
  await new Promise((resolve) => decoy.listen(0, () => resolve(undefined)));
  const port = /** @type {import("node:net").AddressInfo} */ (decoy.address()).port;
  const lan = Object.values(networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address;
  const { context, page } = await openStoryPage(browser, origin, (url) => seen.push(url));
  try {
    await page.goto(`${origin}/index.json`);
    const probes = [
      "https://example.com/",
      "http://93.184.215.14/",
      `http://${hostname()}:${port}/`,
      ...(lan ? [`http://${lan}:${port}/`] : []),
    ];
    const reached = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map((url) =>
            fetch(url, { mode: "no-cors", cache: "no-store" }).then(
              () => url,
              () => null,
            ),
          ),
        ),
      probes,
    );
    const escaped = reached.filter(Boolean);
    const unseen = probes.filter((url) => !seen.includes(url));
    if (escaped.length || unseen.length || arrived > 0) {
      throw new Error(
        `network blocking does not work: reached ${escaped.join(", ") || "nothing"} (decoy hits: ${arrived}); not reported ${unseen.join(", ") || "none"}. Check CHROMIUM_ARGS in tests/setup/chromium.mjs.`,
      );
    }
  } finally {
    await context.close();
    decoy.closeAllConnections();
    await new Promise((resolve) => decoy.close(() => resolve(undefined)));
  }
}

/**
 * Loads a story and resolves once Storybook reports it finished (rendered, play function done).
 * Throws with Storybook's own error text when the story or its play function failed.
 * @param {import("playwright-core").Page} page
 * @param {{ origin: string, storyId: string, globals: string, embed: boolean, theme: "light" | "dark", width: number, height: number, timeout?: number }} options
 */
export async function loadStory(page, { origin, storyId, globals, embed, theme, width, height, timeout = 30_000 }) {
  await page.setViewportSize({ width, height });
  // The decorator sets data-theme (which drives color-scheme); the media feature follows it so a
  // component reading prefers-color-scheme sees the same theme.
  await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
  const params = new URLSearchParams({ id: storyId, viewMode: "story" });
  // a11y.manual stops addon-a11y's own axe run in the preview: the harness runs axe itself.
  const url = `${origin}/iframe.html?${params}&globals=${globals};a11y.manual:!true${embed ? "&embed=true" : ""}`;
  await page.goto(url, { waitUntil: "domcontentloaded", timeout });
  const outcome = await page
    .waitForFunction(
      (id) => {
        const state = /** @type {any} */ (window).__visualHarness;
        const render = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender;
        if (document.body.classList.contains("sb-show-errordisplay")) return { error: true };
        if (state?.errors.length) return { error: true };
        if (state?.finished?.storyId === id) return { status: state.finished.status };
        if (render?.id === id && render.phase === "finished") return { status: "success" };
        return false;
      },
      storyId,
      { timeout, polling: "raf" },
    )
    .then(async (handle) => /** @type {{ error?: boolean, status?: string }} */ (await handle.jsonValue()))
    .catch(async (error) => {
      const phase = await page.evaluate(() => /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.currentRender?.phase).catch(() => undefined);
      throw new Error(`story did not finish within ${timeout} ms (render phase: ${phase ?? "unknown"}): ${error.message.split("\n")[0]}`);
    });
  if (outcome.error || outcome.status === "error") {
    const detail = await page.evaluate(() => {
      const state = /** @type {any} */ (window).__visualHarness;
      const shown = document.body.classList.contains("sb-show-errordisplay")
        ? `${document.getElementById("error-message")?.textContent ?? ""}\n${document.getElementById("error-stack")?.textContent ?? ""}`
        : "";
      // The channel's message is the precise one; the error overlay is the fallback.
      return (state?.errors?.length ? state.errors.join("\n") : shown).trim();
    });
    throw new Error(`story failed in the browser:\n${detail || "Storybook reported status \"error\" (unhandled errors while playing)"}`);
  }
  await settle(page);
}

/**
 * Waits until nothing visible is still changing: no request in flight and every iframe loaded (an
 * activated video embed shows Chromium's "blocked" page only once its request has failed), web
 * fonts loaded, images decoded (lazy ones made eager so what is below the fold does not depend on
 * timing), two frames painted — repeated until a round starts no new request.
 * @param {import("playwright-core").Page} page
 */
export async function settle(page) {
  const state = network.get(page) ?? { inFlight: 0, events: 0 };
  for (let round = 0; round < 20; round += 1) {
    const before = state.events;
    for (let waited = 0; state.inFlight > 0 && waited < 5000; waited += 10) await new Promise((resolve) => setTimeout(resolve, 10));
    await Promise.all(
      page
        .frames()
        .filter((frame) => frame !== page.mainFrame())
        .map((frame) => frame.waitForLoadState("load", { timeout: 5000 }).catch(() => undefined)),
    );
    await settleDocument(page);
    if (state.events === before && state.inFlight === 0) break;
  }
  await page.mouse.move(0, 0);
}

/** @param {import("playwright-core").Page} page */
async function settleDocument(page) {
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
    const images = [...document.images];
    for (const image of images) if (image.loading === "lazy") image.loading = "eager";
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
    // A task, then two frames: state updates scheduled by resize or media-query listeners commit
    // and paint before the picture is taken.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

/**
 * A PNG of the story: the whole page for page stories, the story root for the others (the
 * viewport when the root has no size, e.g. a story that renders nothing on bad input).
 * @param {import("playwright-core").Page} page
 * @param {{ fullPage: boolean, width: number, height: number }} shot
 * @returns {Promise<Buffer>}
 */
export async function takeScreenshot(page, { fullPage, width, height }) {
  const size = page.viewportSize();
  if (!size || size.width !== width || size.height !== height) {
    await page.setViewportSize({ width, height });
    await settle(page);
  }
  const options = /** @type {const} */ ({ animations: "disabled", caret: "hide", scale: "css", type: "png" });
  if (fullPage) return page.screenshot({ ...options, fullPage: true });
  const box = await page.locator("#storybook-root").boundingBox();
  if (!box || box.width < 1 || box.height < 1) return page.screenshot(options);
  // A clip of the full page rather than an element screenshot: no scrolling into view, no waiting
  // for the element to be "stable" (settle() already waited), and stories taller than the viewport
  // come out whole.
  const clip = {
    x: Math.floor(box.x),
    y: Math.floor(box.y),
    width: Math.ceil(box.x + box.width) - Math.floor(box.x),
    height: Math.ceil(box.y + box.height) - Math.floor(box.y),
  };
  return page.screenshot({ ...options, fullPage: true, clip });
}
