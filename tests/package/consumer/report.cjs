// What a consumer of the packed tarball sees, gathered the same way from ESM (esm.mjs) and CommonJS
// (cjs.cjs): the entries' export names, every primitive rendered with realistic props, every
// exported component rendered with no props at all (bad input must never throw), and where the
// stylesheets resolve. The test asserts on the JSON this returns.
"use strict";

/** Every primitive with the props a page would give it. Keys name what is rendered. */
function primitiveElements(ui, h) {
  return {
    Card: h(ui.Card, { title: "Solo staking", description: "Run your own validator.", emoji: "🐟" }),
    CardGrid: h(ui.CardGrid, null, h(ui.Card, { title: "First card" }), h(ui.Card, { title: "Second card" })),
    Alert: h(
      ui.Alert,
      { variant: "warning" },
      h(ui.AlertEmoji, { text: "💡" }),
      h(
        ui.AlertContent,
        null,
        h(ui.AlertTitle, null, "Heads up"),
        h(ui.AlertDescription, null, "Withdrawals are enabled."),
      ),
    ),
    ButtonLink: h(ui.ButtonLink, { href: "https://ethereum.org/en/staking/" }, "Start staking"),
    ExpandableCard: h(
      ui.ExpandableCard,
      { title: "What is a validator?", contentPreview: "A short answer.", defaultOpen: true },
      "The full answer.",
    ),
    YouTube: h(ui.YouTube, { id: "dQw4w9WgXcQ", title: "Staking explained" }),
    // A shortcode: resolves only because the consumer imported staking-ui/emoji/register, which
    // must fill the same registry the main entry reads.
    Emoji: h(ui.Emoji, { text: ":stopwatch:", label: "Stopwatch" }),
  };
}

/** Calls `fn` and returns its result with what it printed to console.warn / console.error. */
function captureConsole(fn) {
  const printed = { warn: [], error: [] };
  const saved = { warn: console.warn, error: console.error };
  console.warn = (...args) => printed.warn.push(args.map(String).join(" "));
  console.error = (...args) => printed.error.push(args.map(String).join(" "));
  try {
    return { ...safely(fn), ...printed };
  } finally {
    console.warn = saved.warn;
    console.error = saved.error;
  }
}

function safely(fn) {
  try {
    return { value: fn() };
  } catch (error) {
    return { thrown: String(error && error.stack ? error.stack : error) };
  }
}

const names = (entry) => Object.keys(entry).filter((name) => name !== "default" && name !== "__esModule").sort();

// forwardRef, memo and lazy components are objects with $$typeof; function components are
// functions. A component's name starts with a capital letter (hooks and helpers do not).
const isComponent = (name, value) =>
  /^[A-Z]/.test(name) &&
  (typeof value === "function" || (typeof value === "object" && value !== null && "$$typeof" in value));

module.exports = function report({ ui, mdx, emoji, h, renderToString, resolve }) {
  const rendered = {};
  for (const [name, element] of Object.entries(primitiveElements(ui, h))) {
    rendered[name] = captureConsole(() => renderToString(element));
  }
  const withoutProps = {};
  for (const name of names(ui)) {
    if (isComponent(name, ui[name])) withoutProps[name] = captureConsole(() => renderToString(h(ui[name], {})));
  }
  const mdxMap = mdx.mdxComponents || {};
  return {
    exports: names(ui),
    // Names the mdx map shares with the main entry whose value is a different object: a second
    // copy of a component would also read a second copy of the provider's context.
    mdxCopies: Object.keys(mdxMap).filter((name) => name in ui && mdxMap[name] !== ui[name]),
    mdxShared: Object.keys(mdxMap).filter((name) => name in ui && mdxMap[name] === ui[name]),
    // The main entry's provider reaching a component taken from the mdx map.
    providerThroughMdx: mdxMap.ExpandableCard
      ? captureConsole(() =>
          renderToString(
            h(
              ui.StakingUIProvider,
              { locale: "ar", messages: { ExpandableCard: { more: "Provider text" } } },
              h(mdxMap.ExpandableCard, { title: "Question" }),
            ),
          ),
        )
      : { thrown: "staking-ui/mdx has no mdxComponents.ExpandableCard", warn: [], error: [] },
    mdxExports: names(mdx),
    emojiExports: names(emoji),
    stopwatch: emoji.emojiFromShortcode(":stopwatch:"),
    rendered,
    withoutProps,
    css: { styles: resolve("staking-ui/styles.css"), layered: resolve("staking-ui/styles.layered.css") },
    packageJson: resolve("staking-ui/package.json"),
  };
};
