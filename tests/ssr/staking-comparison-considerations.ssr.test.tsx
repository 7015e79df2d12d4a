import { describe, expect, it } from "vitest";
import {
  CONSIDERATIONS_BY_PAGE,
  StakingComparison,
  StakingConsiderations,
  StakingUIProvider,
  considerationText,
  otherStakingOptions,
  stakingOptionText,
} from "../../src/index";
import { stakingComparisonMessages } from "../../src/components/staking-comparison/messages";
import { messagesIn } from "../setup/messages";
import { renderOnServer } from "../setup/ssr";

const LOCALES = ["en", "zh", "ar"] as const;
const PAGES = ["solo", "saas", "pools"] as const;

// React escapes text for HTML; compare against the escaped form so apostrophes and ampersands match.
function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

describe("server rendering of StakingComparison", () => {
  it.each(LOCALES.flatMap((locale) => PAGES.map((page) => [locale, page] as const)))(
    "renders the full comparison in %s on the %s page, with no warnings",
    (locale, page) => {
      const { html, warnings, errors } = renderOnServer(<StakingComparison page={page} locale={locale} />);
      expect(html).toContain('data-slot="staking-comparison"');
      expect(html).toContain(`dir="${locale === "ar" ? "rtl" : "ltr"}"`);
      expect(html).toContain("<h2");
      expect(html).toContain(escaped(messagesIn(stakingComparisonMessages, locale).heading));
      for (const other of otherStakingOptions(page)) {
        expect(html).toContain(escaped(stakingOptionText(other.id, locale).title));
        const sentence = (messagesIn(stakingComparisonMessages, locale) as Record<string, string>)[`compare.${page}.${other.id}`] ?? "";
        expect(sentence).not.toBe("");
        expect(html).toContain(escaped(sentence));
        expect(html).toContain(`href="${other.href}"`);
      }
      expect(html).not.toContain(`href="/staking/${page}/"`);
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it("renders identical HTML on repeated renders", () => {
    const element = (
      <StakingUIProvider locale="ar">
        <StakingComparison page="pools" />
      </StakingUIProvider>
    );
    expect(renderOnServer(element).html).toBe(renderOnServer(element).html);
  });

  it("renders nothing, with a warning naming `page`, for an unknown page", () => {
    const { html, warnings } = renderOnServer(<StakingComparison page={"nope" as never} />);
    expect(html).toBe("");
    expect(warnings.join(" ")).toMatch(/StakingComparison: unknown `page` "nope"/);
  });
});

describe("server rendering of StakingConsiderations", () => {
  it.each(LOCALES.flatMap((locale) => PAGES.map((page) => [locale, page] as const)))(
    "renders every consideration's title, description and labels in %s on the %s page",
    (locale, page) => {
      const { html, warnings, errors } = renderOnServer(<StakingConsiderations page={page} locale={locale} />);
      expect(html).toContain('role="tablist"');
      expect(html).toContain('aria-orientation="vertical"');
      expect(html).toContain(`dir="${locale === "ar" ? "rtl" : "ltr"}"`);
      expect(html.match(/role="tab"/g)).toHaveLength(CONSIDERATIONS_BY_PAGE[page].length);
      expect(html.match(/role="tabpanel"/g)).toHaveLength(CONSIDERATIONS_BY_PAGE[page].length);
      expect(html.match(/aria-selected="true"/g)).toHaveLength(1);
      for (const id of CONSIDERATIONS_BY_PAGE[page]) {
        const { title, description, labels } = considerationText(id, locale);
        expect(html).toContain(escaped(title));
        expect(html).toContain(escaped(description));
        for (const label of Object.values(labels)) expect(html).toContain(escaped(label));
      }
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
    },
  );

  it("marks the selected panel visible and the others hidden", () => {
    const { html } = renderOnServer(<StakingConsiderations page="pools" defaultValue="trustless" />);
    const panels = html.match(/<div[^>]*role="tabpanel"[^>]*>/g) ?? [];
    expect(panels).toHaveLength(9);
    const visible = panels.filter((tag) => !/\shidden=""/.test(tag));
    expect(visible).toHaveLength(1);
    expect(visible[0]).toContain('data-value="trustless"');
  });

  it("leaves dir unset without a locale or provider, so the page's direction applies", () => {
    const { html } = renderOnServer(<StakingConsiderations page="solo" />);
    const root = html.match(/<div[^>]*data-slot="staking-considerations"[^>]*>/)?.[0] ?? "";
    expect(root).not.toBe("");
    expect(root).not.toMatch(/\sdir=/);
  });

  it("renders identical HTML on repeated renders", () => {
    const element = (
      <StakingUIProvider locale="zh">
        <StakingConsiderations page="saas" />
      </StakingUIProvider>
    );
    expect(renderOnServer(element).html).toBe(renderOnServer(element).html);
  });

  it("renders nothing, with a warning naming `page`, for an unknown page", () => {
    const { html, warnings } = renderOnServer(<StakingConsiderations page={"nope" as never} />);
    expect(html).toBe("");
    expect(warnings.join(" ")).toMatch(/StakingConsiderations: unknown `page` "nope"/);
  });
});
