import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { productDisclaimerMessages } from "../../src/components/product-disclaimer/messages";
import { ProductDisclaimer } from "../../src/components/product-disclaimer/product-disclaimer";
import { StakingComparison } from "../../src/components/staking-comparison/staking-comparison";
import { isLocalePack, languageOf, registerLocale, type LocalePack } from "../../src/i18n/locale-registry";
import { resolveMessages, textLanguageOf, type MessageCatalog } from "../../src/i18n/messages";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";

// tests/setup/locales.ts registers zh and ar for every unit test, as a site's side-effect import
// does. The cases without them load a fresh copy of the registry (vi.resetModules).

afterEach(() => vi.restoreAllMocks());

function captureWarnings() {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  return () => warn.mock.calls.map((call) => call.join(" ")).join("\n");
}

/** A fresh module graph: a registry nothing was registered in. */
async function freshI18n() {
  vi.resetModules();
  const registry = await import("../../src/i18n/locale-registry");
  const messages = await import("../../src/i18n/messages");
  const devWarning = await import("../../src/lib/dev-warning");
  return { ...registry, ...messages, resetDevWarnings: devWarning.resetDevWarnings };
}

const catalog: MessageCatalog<{ more: string; less: string }> = { id: "Probe", en: { more: "More", less: "Less" } };

describe("locale packs", () => {
  it("are plain data: a locale and strings per catalog id", () => {
    for (const pack of [zh, ar]) {
      expect(isLocalePack(pack)).toBe(true);
      expect(JSON.parse(JSON.stringify(pack))).toEqual(pack);
    }
    expect(zh.locale).toBe("zh");
    expect(ar.messages.ProductDisclaimer.text).toMatch(/[\u0600-\u06ff]/);
  });

  it("without a registered pack, show English and warn with the import to add", async () => {
    const fresh = await freshI18n();
    const warnings = captureWarnings();
    const text = fresh.resolveMessages("ProductDisclaimer", productDisclaimerMessages, "zh-CN");
    expect(text).toEqual(productDisclaimerMessages.en);
    expect(warnings()).toMatch(/ProductDisclaimer: locale "zh" is not registered.*import "staking-ui\/locales\/zh\/register"/);
    expect(fresh.textLanguageOf("zh-CN")).toBe("en");
  });

  it("once registered (even twice), give every region of the language its strings", async () => {
    const fresh = await freshI18n();
    const warnings = captureWarnings();
    fresh.registerLocale(ar);
    fresh.registerLocale(ar);
    expect(fresh.registeredLocales()).toEqual([ar]);
    for (const locale of ["ar", "ar-EG", "AR_sa"]) {
      expect(fresh.resolveMessages("ProductDisclaimer", productDisclaimerMessages, locale).text).toBe(ar.messages.ProductDisclaimer.text);
    }
    expect(fresh.textLanguageOf("ar-EG")).toBe("ar");
    expect(warnings()).toBe("");
  });

  it("leave locales the library has no strings for in English, without a warning", async () => {
    const fresh = await freshI18n();
    const warnings = captureWarnings();
    expect(fresh.resolveMessages("Probe", catalog, "fr")).toEqual(catalog.en);
    expect(fresh.resolveMessages("Probe", catalog, "")).toEqual(catalog.en);
    expect(warnings()).toBe("");
  });

  it("let a site add a locale of its own; missing keys fall back to English with a warning", async () => {
    const fresh = await freshI18n();
    const warnings = captureWarnings();
    fresh.registerLocale({ locale: "fr", messages: { Probe: { more: "Plus" } } });
    expect(fresh.resolveMessages("Probe", catalog, "fr-CA")).toEqual({ more: "Plus", less: "Less" });
    expect(warnings()).toMatch(/Probe: message "less" is missing for locale "fr"; using English/);
  });

  it("merge packs of one locale key by key, the later winning, and never take unknown keys or non-strings", async () => {
    const fresh = await freshI18n();
    captureWarnings();
    fresh.registerLocale(
      { locale: "fr", messages: { Probe: { more: "Plus", less: "Moins" } } },
      { locale: "fr", messages: { Probe: { more: "Davantage", extra: "x", less: 3 as unknown as string } } },
    );
    expect(fresh.resolveMessages("Probe", catalog, "fr")).toEqual({ more: "Davantage", less: "Moins" });
  });

  it("ignore what is not a pack, with a warning, and never throw", async () => {
    const fresh = await freshI18n();
    const warnings = captureWarnings();
    expect(() => fresh.registerLocale(null as unknown as LocalePack, { locale: "" } as LocalePack, "zh" as unknown as LocalePack)).not.toThrow();
    expect(fresh.registeredLocales()).toEqual([]);
    expect(warnings()).toMatch(/registerLocale: expected a locale pack/);
  });

  it("win over translations a catalog carries inline, and lose to overrides", () => {
    const inline: MessageCatalog<{ more: string; less: string }> = { en: catalog.en, zh: { more: "更多", less: "收起" } };
    const pack = { locale: "zh", messages: { Inline: { less: "折叠" } } };
    expect(resolveMessages("Inline", inline, "zh", [], [pack])).toEqual({ more: "更多", less: "折叠" });
    expect(resolveMessages("Inline", inline, "zh", [{ more: "展开" }], [pack])).toEqual({ more: "展开", less: "折叠" });
  });

  it("parse the language of a locale tag", () => {
    expect(languageOf("zh-Hant-TW")).toBe("zh");
    expect(languageOf("AR_eg")).toBe("ar");
    expect(languageOf(undefined)).toBe("");
    expect(languageOf(42)).toBe("");
    expect(textLanguageOf("en-GB")).toBe("en");
  });
});

describe("StakingUIProvider locales", () => {
  it("hands packs to the components inside, nested providers adding to their parent's", async () => {
    vi.resetModules();
    const { ProductDisclaimer: FreshDisclaimer } = await import("../../src/components/product-disclaimer/product-disclaimer");
    const { StakingUIProvider: FreshProvider } = await import("../../src/provider/staking-ui-provider");
    const warnings = captureWarnings();
    const fr: LocalePack = { locale: "fr", messages: { ProductDisclaimer: { text: "Texte" } } };
    render(
      <FreshProvider locale="zh" locales={[zh]}>
        <FreshDisclaimer />
        <FreshProvider locales={[fr]}>
          <FreshDisclaimer locale="fr" />
          <FreshDisclaimer />
        </FreshProvider>
      </FreshProvider>,
    );
    expect(screen.getAllByText(zh.messages.ProductDisclaimer.text)).toHaveLength(2);
    expect(screen.getByText("Texte")).toBeInTheDocument();
    expect(warnings()).toBe("");
  });

  it("warns about entries of `locales` that are not packs, and uses the others", () => {
    const warnings = captureWarnings();
    render(
      <StakingUIProvider locale="fr" locales={[{ locale: "fr", messages: { ProductDisclaimer: { text: "Texte" } } }, 7 as unknown as LocalePack]}>
        <ProductDisclaimer />
      </StakingUIProvider>,
    );
    expect(screen.getByText("Texte")).toBeInTheDocument();
    expect(warnings()).toMatch(/StakingUIProvider: `locales` must be an array of locale packs/);
  });

  it("marks a block's language as the one its text is shown in", async () => {
    const { container, unmount } = render(<StakingComparison page="solo" locale="zh" />);
    expect(container.querySelector("section")).toHaveAttribute("lang", "zh");
    unmount();
    // A locale without strings shows English, and says so.
    captureWarnings();
    const other = render(<StakingComparison page="solo" locale="fr" />);
    expect(other.container.querySelector("section")).toHaveAttribute("lang", "en");
  });
});
