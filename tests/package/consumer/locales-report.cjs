// What locales.mjs / locales.cjs see: Arabic through the registered pack, Chinese through the
// provider's `locales`, and what an unregistered locale prints.
"use strict";

function withWarnings(fn) {
  const warnings = [];
  const saved = console.warn;
  console.warn = (...args) => warnings.push(args.map(String).join(" "));
  try {
    return { html: fn(), warnings };
  } finally {
    console.warn = saved;
  }
}

module.exports = function report({ ProductDisclaimer, StakingUIProvider, zh, ar, h, renderToString }) {
  return {
    arText: ar.messages.ProductDisclaimer.text,
    zhText: zh.messages.ProductDisclaimer.text,
    registered: withWarnings(() => renderToString(h(ProductDisclaimer, { locale: "ar-EG" }))),
    provided: withWarnings(() =>
      renderToString(h(StakingUIProvider, { locale: "zh", locales: [zh] }, h(ProductDisclaimer))),
    ),
    unregistered: withWarnings(() => renderToString(h(ProductDisclaimer, { locale: "zh" }))),
  };
};
