import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, spyOn } from "storybook/test";
import { RestakingList } from "../../src/components/restaking-list/restaking-list";
import { StakingProductsCardGrid } from "../../src/components/staking-products-card-grid/staking-products-card-grid";
import type { RestakingPlatform, StakingProduct } from "../../src/content/types";
import { StakingPage } from "../../src/mdx/staking-page/staking-page";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import { HOSTILE_URLS, SAFE_PROTOCOLS, urlProblems } from "../../tests/security/hostile-urls";
import { MarkingRouterLink, URL_SLOTS, type UrlSlot } from "../../tests/security/url-slots";

/**
 * The same hostile URLs as the server-render test (tests/security), rendered by a real browser:
 * each story puts every URL through the components that take URLs, and its play function checks
 * every `href`, `src` and `srcset` in the canvas, both as written and as Chromium resolves it.
 */
const meta = {
  title: "Security/Hostile URLs",
  parameters: { layout: "padded" },
  // Every refused URL prints a development warning (the server test asserts them); hundreds of
  // them would only bury the test output here.
  beforeEach: () => {
    const warn = spyOn(console, "warn").mockImplementation(() => {});
    return () => warn.mockRestore();
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const slot = (name: string): UrlSlot => URL_SLOTS.find((entry) => entry.name === name)!;

/** URLs as Chromium resolved them: the protocol it would actually navigate to or load. */
function resolvedProblems(root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll<HTMLElement>("a[href], area[href], img, iframe[src], source"))) {
    const resolved = [
      (element as HTMLAnchorElement).href,
      (element as HTMLImageElement).src,
      (element as HTMLImageElement).currentSrc,
    ].filter((value): value is string => typeof value === "string" && value !== "");
    for (const value of resolved) {
      const protocol = new URL(value).protocol;
      if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`${element.tagName.toLowerCase()} resolves to ${protocol}`);
    }
  }
  for (const element of Array.from(root.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`${element.tagName.toLowerCase()} has ${attribute.name}`);
    }
  }
  return problems;
}

async function expectNothingHostile(canvasElement: HTMLElement, rows?: number) {
  if (rows !== undefined) await expect(canvasElement.querySelectorAll("[data-hostile-row]")).toHaveLength(rows);
  await expect(urlProblems(canvasElement)).toEqual([]);
  await expect(resolvedProblems(canvasElement)).toEqual([]);
}

// Image slots get only the URLs that must be refused: the protocol-relative ones are legitimate
// external images (the guard lets them through as external), and loading one would be a network
// request before any interaction, which the browser tests forbid.
const REFUSED_URLS = HOSTILE_URLS.filter((entry) => !entry.external);

/** One row per hostile URL: what it tries, the URL itself (escaped), then each component given it. */
function HostileTable({ caption, slots, entries = HOSTILE_URLS }: { caption: string; slots: UrlSlot[]; entries?: typeof HOSTILE_URLS }) {
  return (
    <table style={{ borderCollapse: "collapse", inlineSize: "100%" }}>
      <caption style={{ textAlign: "start", paddingBlockEnd: "0.5rem" }}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ textAlign: "start" }}>
            Trick
          </th>
          {slots.map((entry) => (
            <th key={entry.name} scope="col" style={{ textAlign: "start" }}>
              {entry.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={entry.url} data-hostile-row="">
            <th scope="row" style={{ textAlign: "start", fontWeight: "normal", paddingBlock: "0.25rem" }}>
              {entry.trick} <code style={{ overflowWrap: "anywhere" }}>{JSON.stringify(entry.url)}</code>
            </th>
            {slots.map((target) => (
              <td key={target.name}>{target.render(entry.url, index)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const LINK_SLOTS = ["ButtonLink href", "ButtonLink to", "SafeLink href", "Markdown link (mdxComponents.a)", "YouTube id"].map(slot);

/** ButtonLink (`href` and `to`), SafeLink, the Markdown link and YouTube's fallback link. */
export const Links: Story = {
  render: () => <HostileTable caption="Links given hostile URLs" slots={LINK_SLOTS} />,
  play: async ({ canvasElement }) => expectNothingHostile(canvasElement, HOSTILE_URLS.length),
};

/** The same links inside a provider with a router link and resolveHref: nothing external reaches the router. */
export const LinksWithARouter: Story = {
  render: () => (
    <StakingUIProvider linkComponent={MarkingRouterLink} resolveHref={(path) => `/en${path}`}>
      <HostileTable caption="Links given hostile URLs, with a router" slots={LINK_SLOTS} />
    </StakingUIProvider>
  ),
  play: async ({ canvasElement }) => expectNothingHostile(canvasElement, HOSTILE_URLS.length),
};

/** Markdown images: `src` and `srcSet`. */
export const Images: Story = {
  render: () => (
    <HostileTable
      caption="Images given hostile URLs"
      slots={[slot("Markdown image (mdxComponents.img src)"), slot("Markdown image (mdxComponents.img srcSet)")]}
      entries={REFUSED_URLS}
    />
  ),
  play: async ({ canvasElement }) => expectNothingHostile(canvasElement, REFUSED_URLS.length),
};

const hostileProducts: StakingProduct[] = HOSTILE_URLS.map((entry, index) => ({
  id: `hostile-${index}`,
  name: `Product ${index + 1}`,
  url: entry.url,
  logo: entry.external ? undefined : entry.url,
  launchDate: "2022-01-01",
  audits: [{ name: `Audit ${index + 1}`, url: entry.url }],
  tokens: [],
  platforms: [],
  interfaces: [],
  socials: { website: entry.url, twitter: entry.url, github: entry.url },
  isOpenSource: true,
  hasBugBounty: true,
  isTrustless: true,
  isPermissionless: true,
  hasPermissionlessNodes: true,
  isMultiClient: true,
  isSelfCustody: true,
}));

/** A product grid whose every URL field (site, logo, audit, socials) holds a hostile URL. */
export const ProductCards: Story = {
  render: () => <StakingProductsCardGrid category="pools" products={hostileProducts} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="staking-product-card"]')).toHaveLength(HOSTILE_URLS.length);
    await expectNothingHostile(canvasElement);
  },
};

const hostilePlatforms: RestakingPlatform[] = HOSTILE_URLS.map((entry, index) => ({
  id: `hostile-${index}`,
  name: `Platform ${index + 1}`,
  kind: entry.trick,
  description: "Its site and logo URLs are hostile.",
  url: entry.url,
  logo: entry.external ? undefined : entry.url,
}));

/** A restaking list whose every platform has a hostile site and logo URL. */
export const RestakingPlatforms: Story = {
  render: () => <RestakingList platforms={hostilePlatforms} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="restaking-list-item"]')).toHaveLength(HOSTILE_URLS.length);
    await expectNothingHostile(canvasElement);
  },
};

/** A page header whose frontmatter buttons all point at hostile URLs. */
export const PageButtons: Story = {
  render: () => (
    <StakingPage
      frontmatter={{
        title: "Hostile buttons",
        buttons: HOSTILE_URLS.map((entry, index) => ({ content: `Button ${index + 1}`, href: entry.url })),
      }}
    >
      <p>Every button above was given a hostile URL.</p>
    </StakingPage>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="page-buttons"]')?.children).toHaveLength(HOSTILE_URLS.length);
    await expectNothingHostile(canvasElement);
  },
};
