import { describe, expect, it } from "vitest";
import {
  PRODUCTS_DATA_AS_OF,
  ProductDisclaimer,
  STAKING_PRODUCTS,
  StakingProductCard,
  StakingProductsCardGrid,
  StakingUIProvider,
  orderProducts,
} from "../../src/index";
import { renderOnServer } from "../setup/ssr";

const CATEGORIES = ["pools", "saas", "nodeTools", "keyGen"] as const;

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

describe("server rendering of the products layer", () => {
  it.each(CATEGORIES)("puts the full %s list in the HTML, in score order, with no warnings", (category) => {
    const { html, warnings, errors } = renderOnServer(<StakingProductsCardGrid category={category} />);
    const products = orderProducts(STAKING_PRODUCTS[category], category);
    let position = -1;
    for (const product of products) {
      const at = html.indexOf(`>${escapeHtml(product.name)}</h3>`);
      expect(at, product.name).toBeGreaterThan(position);
      position = at;
    }
    expect(html.match(/data-slot="staking-products-card-grid-item"/g)).toHaveLength(products.length);
    expect(html.match(/data-slot="staking-product-card-cta"/g)).toHaveLength(products.length);
    expect(warnings).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("renders identical HTML on repeated renders (no clock, no randomness)", () => {
    const render = () => renderOnServer(<StakingProductsCardGrid category="pools" seed="page" />).html;
    const first = render();
    for (let i = 0; i < 3; i += 1) expect(render()).toBe(first);
  });

  it.each(["en", "zh", "ar"])("renders the grid and the disclaimer in %s", (locale) => {
    const { html, warnings } = renderOnServer(
      <StakingUIProvider locale={locale}>
        <ProductDisclaimer />
        <StakingProductsCardGrid category="pools" />
      </StakingUIProvider>,
    );
    const expected = { en: ["Get started", "not an endorsement"], zh: ["开始使用", "不代表推荐"], ar: ["ابدأ", "لا يعني تأييده"] }[
      locale as "en" | "zh" | "ar"
    ];
    for (const text of expected) expect(html).toContain(text);
    expect(html).toContain(`dir="${locale === "ar" ? "rtl" : "ltr"}"`);
    expect(html.match(/<h3/g)).toHaveLength(STAKING_PRODUCTS.pools.length);
    expect(warnings).toEqual([]);
  });

  it("renders a single card and renders nothing (with a warning) for an unknown category", () => {
    const card = renderOnServer(<StakingProductCard product={STAKING_PRODUCTS.pools[0]!} category="pools" asOf={PRODUCTS_DATA_AS_OF} />);
    expect(card.html).toContain('data-slot="staking-product-card"');
    expect(card.warnings).toEqual([]);
    const bad = renderOnServer(<StakingProductsCardGrid category={"solo" as never} />);
    expect(bad.html).toBe("");
    expect(bad.warnings.join(" ")).toMatch(/unknown `category` "solo"/);
  });

  it("renders monograms for products without logos, with no external image host", () => {
    const { html } = renderOnServer(<StakingProductsCardGrid category="saas" />);
    expect(html).not.toContain("<img");
    expect(html.match(/data-slot="staking-product-card-monogram"/g)).toHaveLength(STAKING_PRODUCTS.saas.length);
  });
});
