// One place that says how every test starts Chromium: Debian's /usr/bin/chromium (nothing downloads
// a browser), with the flags that keep it offline and its rendering deterministic. Plain ESM so the
// Node visual harness (scripts/visual) and the Vitest config (through chromium.ts) share it.

/** Path of the Chromium binary; CHROMIUM_PATH overrides it for machines that keep it elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Launch flags. No test may use the network, so every request that is not to a loopback address
 * goes to a proxy on the discard port, where nothing listens: it fails at once, whatever the host
 * (name or IP, http, https or WebSocket). Loopback (the local Storybook, Vitest's server) is never
 * proxied. The host-resolver rule is a second fence: other host names do not resolve either.
 * This holds for every Chromium the tests start, the Vitest storybook project included; the
 * visual harness also reports each blocked request.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--proxy-server=http://127.0.0.1:9",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
  "--font-render-hinting=none",
  "--force-color-profile=srgb",
  "--hide-scrollbars",
  // Re-rastering only the changed part of a tile leaves anti-aliased edges (rounded borders,
  // shadows) off by one level depending on what was painted before: screenshots then differ
  // between runs. Full-tile raster makes them depend on the final page only.
  "--disable-partial-raster",
];
