import { describe, expect, it } from "vitest";
import { restakingListMessages } from "../../src/components/restaking-list/messages";
import { restakingDiagramMessages } from "../../src/components/tabbed-section/diagrams/messages";
import { tabbedSectionMessages } from "../../src/components/tabbed-section/messages";
import type { MessageCatalog } from "../../src/i18n/messages";
import { RestakingList, StakingUIProvider, TabbedSection, type RestakingPlatform } from "../../src/index";
import { messagesIn } from "../setup/messages";
import { renderOnServer } from "../setup/ssr";

const LOCALES = ["en", "zh", "ar"] as const;

/** React escapes text in HTML; compare against the escaped form. */
function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

describe("server rendering of RestakingList", () => {
  it.each(LOCALES)("renders every built-in platform in full in %s, identically each time", (locale) => {
    const first = renderOnServer(<RestakingList locale={locale} />);
    const second = renderOnServer(<RestakingList locale={locale} />);
    expect(first.html).toBe(second.html);
    expect(first.warnings).toEqual([]);
    expect(first.errors).toEqual([]);
    const messages = messagesIn(restakingListMessages, locale);
    for (const name of ["EigenLayer", "Symbiotic", "Karak", "ether.fi"]) expect(first.html).toContain(`>${name}</h3>`);
    for (const key of ["eigenlayerDescription", "symbioticDescription", "karakDescription", "etherfiDescription"] as const) {
      expect(first.html).toContain(escaped(messages[key]));
    }
    expect(first.html).toContain('href="https://symbiotic.fi/"');
    expect(first.html).toContain('rel="noopener noreferrer"');
    expect(first.html).toMatch(/^<ul[^>]*role="list"/);
    expect(first.html).toMatch(locale === "ar" ? /^<ul[^>]*dir="rtl"/ : /^<ul[^>]*dir="ltr"/);
  });

  it("follows the provider's locale, and keeps unsafe URLs out of the HTML", () => {
    const platforms = [
      { id: "x", name: "X", kind: "k", url: "javascript:alert(1)", description: "d", logo: "data:image/svg+xml,<svg/>" },
      { id: "y", name: "Y", kind: "k", url: "https://y.example/", description: "d", logo: "https://y.example/logo.png" },
    ] satisfies RestakingPlatform[];
    const { html, warnings } = renderOnServer(
      <StakingUIProvider locale="ar">
        <RestakingList platforms={platforms} />
      </StakingUIProvider>,
    );
    expect(html).toMatch(/^<ul[^>]*dir="rtl"/);
    expect(html).not.toMatch(/javascript:|data:image/);
    expect(html).toContain('src="https://y.example/logo.png"');
    expect(html).toContain("زيارة Y");
    expect(warnings.join("\n")).toMatch(/`platforms\[0\]\.url`/);
  });
});

describe("server rendering of TabbedSection", () => {
  it.each(LOCALES)("puts both worlds' text in the HTML in %s, identically each time", (locale) => {
    const first = renderOnServer(<TabbedSection locale={locale} />);
    const second = renderOnServer(<TabbedSection locale={locale} />);
    expect(first.html).toBe(second.html);
    expect(first.warnings).toEqual([]);
    expect(first.errors).toEqual([]);
    // The tab list's and tabs' strings, and every string of both diagrams.
    for (const catalog of [tabbedSectionMessages, restakingDiagramMessages] as Array<MessageCatalog<Record<string, string>>>) {
      const messages = messagesIn(catalog, locale);
      for (const key of Object.keys(catalog.en)) expect(first.html, key).toContain(escaped(messages[key]!));
    }
    expect(first.html.match(/role="tabpanel"/g)).toHaveLength(2);
    expect(first.html.match(/role="img"/g)).toHaveLength(2);
    // Only the inactive panel carries `hidden`.
    expect(first.html.match(/<div[^>]*role="tabpanel"[^>]*>/g)!.map((tag) => tag.includes("hidden"))).toEqual([false, true]);
    expect(first.html).toMatch(locale === "ar" ? /^<div[^>]*dir="rtl"/ : /^<div[^>]*dir="ltr"/);
  });

  it("leaves dir unset without locale, dir or provider, and renders custom tabs", () => {
    const { html, warnings } = renderOnServer(
      <TabbedSection
        tabs={[
          { value: "a", label: "Alpha", content: <p>First panel</p> },
          { value: "b", label: "Beta", content: <p>Second panel</p> },
        ]}
        defaultValue="b"
      />,
    );
    expect(warnings).toEqual([]);
    expect(html).not.toMatch(/^<div[^>]*dir=/);
    expect(html).toContain("First panel");
    expect(html).toContain("Second panel");
    expect(html).toMatch(/aria-selected="true"[^>]*>Beta</);
  });
});
