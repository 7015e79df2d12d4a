import { describe, expect, it, vi } from "vitest";
import { resetDevWarnings } from "../../src/lib/dev-warning";
import { evaluatePage } from "../../src/mdx/index";
import * as Library from "../../src/index";
import { renderOnServer } from "../setup/ssr";
import { parseHtml } from "./html";

const [rocketPool, lido] = Library.STAKING_PRODUCTS.pools;
const eigenLayer = Library.RESTAKING_PLATFORMS[0]!;

/** A page made of several staking components; `garbage` replaces the data of one of them. */
function Page({ garbage = {} }: { garbage?: Record<string, unknown> }) {
  return (
    <Library.StakingUIProvider locale="en" messages={garbage.providerMessages as never}>
      <h1>Pooled staking</h1>
      <Library.StakingComparison page="pools" messages={garbage.comparisonMessages as never} />
      <Library.StakingConsiderations page="pools" />
      <Library.ProductDisclaimer />
      <Library.StakingProductsCardGrid category="pools" products={(garbage.products ?? [rocketPool, lido]) as never} />
      <Library.RestakingList platforms={(garbage.platforms ?? [eigenLayer]) as never} />
      <Library.TabbedSection listLabel="Two worlds" tabs={garbage.tabs as never} />
      <Library.ExpandableCard title="How do I earn rewards?" defaultOpen messages={garbage.cardMessages as never}>
        Rewards are paid in the pool's token.
      </Library.ExpandableCard>
    </Library.StakingUIProvider>
  );
}

/** The parts every healthy render of <Page> shows. */
function sections(html: string) {
  const document = parseHtml(html);
  const count = (slot: string) => document.querySelectorAll(`[data-slot="${slot}"]`).length;
  return {
    text: document.body.textContent ?? "",
    comparison: count("staking-comparison-item"),
    considerations: count("staking-considerations-tab"),
    disclaimer: count("product-disclaimer"),
    products: count("staking-products-card-grid-item"),
    platforms: count("restaking-list-item"),
    tabs: count("tabbed-section-trigger"),
    card: count("expandable-card"),
  };
}

const HEALTHY = { comparison: 2, disclaimer: 1, products: 2, platforms: 1, tabs: 2, card: 1 };

describe("invalid data for one component never blanks the page", () => {
  it("the healthy page renders every section", () => {
    const { html, warnings } = renderOnServer(<Page />);
    expect(sections(html)).toMatchObject(HEALTHY);
    expect(warnings).toEqual([]);
  });

  it.each([
    ["products is not a list", { products: "all of them" }, { products: 0 }, /`products` must be an array/],
    ["products holds junk next to valid entries", { products: [null, { id: 7 }, rocketPool, "x", { ...lido, minEth: -1 }, lido] }, { products: 2 }, /`products\[0\]`[\s\S]*`products\[1\]`[\s\S]*`products\[3\]`[\s\S]*`products\[4\]`/],
    ["platforms is an object", { platforms: { eigenLayer } }, { platforms: 0 }, /`platforms` must be an array/],
    ["platforms holds junk and an unsafe URL", { platforms: [42, { name: "" }, { ...eigenLayer, url: "javascript:alert(1)" }, eigenLayer] }, { platforms: 2 }, /`platforms\[0\]`[\s\S]*`platforms\[1\]\.name`[\s\S]*`platforms\[2\]\.url`/],
    ["tabs holds junk next to a valid tab", { tabs: [{ value: "" }, { value: "a", label: { not: "renderable" }, content: "x" }, { value: "b", label: "B", content: "Beta" }] }, { tabs: 1 }, /`tabs\[0\]\.value`[\s\S]*`tabs\[1\]\.label`/],
    ["tabs is a string", { tabs: "with, without" }, { tabs: 0 }, /`tabs` must be an array/],
    ["messages of one component are junk", { comparisonMessages: { heading: 42, nonsense: "x" }, cardMessages: "More!" }, {}, /unknown message key "nonsense"/],
    ["provider messages are junk", { providerMessages: { StakingComparison: [1, 2], ExpandableCard: null, TabbedSection: 5 } }, {}, undefined],
  ])("%s: the rest renders, the bad part warns", (_what, garbage, changed, warning) => {
    resetDevWarnings();
    const { html, warnings, errors } = renderOnServer(<Page garbage={garbage} />);
    expect(sections(html)).toMatchObject({ ...HEALTHY, ...changed });
    expect(sections(html).text).toContain("Rewards are paid in the pool's token.");
    expect(errors).toEqual([]);
    if (warning) expect(warnings.join("\n")).toMatch(warning);
  });

  it("the same through page content: one component's garbage data in MDX leaves the page whole", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const page = await evaluatePage(
        [
          "## Before {#before}",
          "",
          "<StakingComparison page=\"pools\" />",
          "",
          '<StakingProductsCardGrid category="pools" products={[{ "id": 1 }, "junk", null, { "id": "ok", "name": "Okay Pool", "url": "https://ok.example/" }]} />',
          "",
          '<RestakingList platforms={[null, { "name": "Evil", "url": "javascript:alert(1)" }, { "name": "Fine", "url": "https://fine.example/" }]} />',
          "",
          '<TabbedSection tabs={[{ "value": "" }, { "value": "a", "label": "A", "content": "Alpha" }]} />',
          "",
          '<StakingConsiderations page="nope" />',
          "",
          "## After {#after}",
          "",
          "Still here.",
        ].join("\n"),
      );
      const { html, errors, warnings } = renderOnServer(<page.Content />);
      const found = sections(html);
      expect(found).toMatchObject({ comparison: 2, products: 1, platforms: 2, tabs: 1, considerations: 0 });
      expect(found.text).toContain("Okay Pool");
      expect(found.text).toContain("Still here.");
      expect(errors).toEqual([]);
      const printed = [...warn.mock.calls.flat(), ...warnings].join("\n");
      expect(printed).toMatch(/`products\[0\]`/);
      expect(printed).toMatch(/`platforms\[0\]`/);
      expect(printed).toMatch(/`tabs\[0\]\.value`/);
      expect(printed).toMatch(/StakingConsiderations: unknown `page`/);
      // The platform with an unsafe URL is listed, without a link.
      expect(parseHtml(html).querySelector('a[href^="javascript"]')).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });
});
