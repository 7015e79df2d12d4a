import { describe, expect, it, vi } from "vitest";
import { renderOnServer } from "../setup/ssr";

// staking-ui/mdx renders Chinese and Arabic pages without a further import: loading it registers
// the locale packs, and each page's provider carries its locale's pack to the components inside
// (in a React Server Components app, client components do not see the server's registry).
// Each test loads a fresh module graph, so the packs tests/setup/locales.ts registers are not there.

describe("staking-ui/mdx and the locale packs", () => {
  it("registers the zh and ar packs when it loads", async () => {
    vi.resetModules();
    const registry = await import("../../src/i18n/locale-registry");
    expect(registry.registeredLocales()).toEqual([]);
    await import("../../src/mdx/index");
    expect(registry.registeredLocales().map((pack) => pack.locale)).toEqual(["zh", "ar"]);
  });

  it("gives a page's provider the pack of the page's locale only", async () => {
    vi.resetModules();
    const { pageLocales } = await import("../../src/mdx/locales");
    expect(pageLocales("zh-CN")?.map((pack) => pack.locale)).toEqual(["zh"]);
    expect(pageLocales("ar")?.map((pack) => pack.locale)).toEqual(["ar"]);
    expect(pageLocales("en")).toBeUndefined();
    expect(pageLocales(undefined)).toBeUndefined();
  });

  it("renders a zh page's components in Chinese, even where nothing was registered", async () => {
    vi.resetModules();
    const mdx = await import("../../src/mdx/index");
    const { zh } = await import("../../src/locales/zh");
    // As on a client that never loaded staking-ui/mdx: an empty registry.
    const registry = await import("../../src/i18n/locale-registry");
    (registry.registeredLocales() as unknown[]).length = 0;
    const page = await mdx.evaluatePage("---\nlang: zh\n---\n\n<ProductDisclaimer />\n");
    const { html, warnings } = renderOnServer(<page.Content />);
    expect(html).toContain(zh.messages.ProductDisclaimer.text);
    expect(warnings).toEqual([]);
  });
});
