// Every place a staking-ui component renders a URL it was given, as a function of that URL. The
// server test and the browser story render each slot with every hostile URL.
import { forwardRef, type ReactElement } from "react";
import type { LinkComponentProps } from "../../src/provider/context";
import { ButtonLink } from "../../src/components/button-link/button-link";
import { RestakingList } from "../../src/components/restaking-list/restaking-list";
import { StakingProductCard } from "../../src/components/staking-products-card-grid/staking-product-card";
import { StakingProductsCardGrid } from "../../src/components/staking-products-card-grid/staking-products-card-grid";
import { YouTube } from "../../src/components/youtube/youtube";
import type { RestakingPlatform, StakingProduct } from "../../src/content/types";
import { SafeLink } from "../../src/provider/safe-link";
import { mdxComponents } from "../../src/mdx/components";
import { StakingPage } from "../../src/mdx/staking-page/staking-page";

export interface UrlSlot {
  /** Component and prop, e.g. "ButtonLink href". */
  name: string;
  /** The prop (or data field) a development warning must name when the URL is refused. */
  prop: RegExp;
  /** Refusing the URL leaves nothing to show (an image without a safe source). */
  mayRenderNothing?: true;
  render: (url: string, index: number) => ReactElement;
}

const SAFE_PRODUCT: StakingProduct = {
  id: "safe",
  name: "Safe product",
  url: "https://product.example/",
  launchDate: "2022-01-01",
  audits: [{ name: "Audit", url: "https://audit.example/report.pdf" }],
  tokens: ["tETH"],
  platforms: ["Browser"],
  interfaces: ["Web app"],
  socials: { website: "https://product.example/" },
  isOpenSource: true,
  hasBugBounty: true,
  isTrustless: true,
  isPermissionless: true,
  hasPermissionlessNodes: true,
  isMultiClient: true,
  isSelfCustody: true,
};

function product(index: number, overrides: Partial<StakingProduct>): StakingProduct {
  return { ...SAFE_PRODUCT, id: `product-${index}`, name: `Product ${index + 1}`, ...overrides };
}

function platform(index: number, overrides: Partial<RestakingPlatform>): RestakingPlatform {
  return {
    id: `p${index}`,
    name: `Platform ${index + 1}`,
    kind: "Restaking protocol",
    description: "A platform.",
    url: "https://platform.example/",
    ...overrides,
  };
}

const Image = mdxComponents.img;
const Link = mdxComponents.a;

export const URL_SLOTS: readonly UrlSlot[] = [
  { name: "ButtonLink href", prop: /`href`/, render: (url) => <ButtonLink href={url}>Button</ButtonLink> },
  { name: "ButtonLink to", prop: /`to`/, render: (url) => <ButtonLink to={url}>Button (to)</ButtonLink> },
  { name: "SafeLink href", prop: /`href`/, render: (url) => <SafeLink href={url}>Safe link</SafeLink> },
  { name: "Markdown link (mdxComponents.a)", prop: /`href`/, render: (url) => <Link href={url}>Markdown link</Link> },
  {
    name: "Markdown image (mdxComponents.img src)",
    prop: /`src`/,
    mayRenderNothing: true,
    render: (url, index) => <Image src={url} alt={`Image ${index + 1}`} />,
  },
  {
    name: "Markdown image (mdxComponents.img srcSet)",
    prop: /`srcSet`/,
    mayRenderNothing: true,
    render: (url, index) => <Image src="/images/ok.png" srcSet={`${url} 2x`} alt={`Image set ${index + 1}`} />,
  },
  {
    name: "StakingProductCard url",
    prop: /`href`/,
    render: (url, index) => <StakingProductCard category="pools" product={product(index, { url })} />,
  },
  {
    name: "StakingProductCard logo",
    prop: /logo|`src`/,
    render: (url, index) => <StakingProductCard category="pools" product={product(index, { logo: url })} />,
  },
  {
    name: "StakingProductCard audits[].url",
    prop: /`href`/,
    render: (url, index) => (
      <StakingProductCard category="pools" product={product(index, { audits: [{ name: "Hostile audit", url }] })} />
    ),
  },
  {
    name: "StakingProductCard socials",
    prop: /`href`/,
    render: (url, index) => (
      <StakingProductCard
        category="saas"
        product={product(index, {
          socials: { website: url, twitter: url, discord: url, telegram: url, github: url, reddit: url, youtube: url },
        })}
      />
    ),
  },
  {
    name: "StakingProductsCardGrid products (url, logo, audits, socials)",
    prop: /`href`/,
    render: (url, index) => (
      <StakingProductsCardGrid
        category="pools"
        products={[
          product(index, { url, logo: url, audits: [{ name: "Audit", url }], socials: { website: url, github: url } }),
        ]}
      />
    ),
  },
  {
    name: "RestakingList platforms[].url",
    prop: /`platforms\[0\]\.url`/,
    render: (url, index) => <RestakingList platforms={[platform(index, { url })]} />,
  },
  {
    name: "RestakingList platforms[].logo",
    prop: /`platforms\[0\]\.logo`/,
    render: (url, index) => (
      <RestakingList platforms={[platform(index, { logo: url })]} />
    ),
  },
  { name: "YouTube id", prop: /`id`/, render: (url, index) => <YouTube id={url} title={`Video ${index + 1}`} /> },
  {
    name: "StakingPage frontmatter buttons[].href",
    prop: /`href`/,
    render: (url, index) => (
      <StakingPage frontmatter={{ title: `Page ${index + 1}`, buttons: [{ content: "Start", href: url }] }}>
        <p>Body</p>
      </StakingPage>
    ),
  },
];

/**
 * A router link that marks what it renders, so the checks can tell router links from plain ones:
 * an external URL must never be handed to the site's router.
 */
export const MarkingRouterLink = forwardRef<HTMLAnchorElement, LinkComponentProps>(function MarkingRouterLink(props, ref) {
  return (
    <a ref={ref} href={props.href} className={props.className} data-router="">
      {props.children}
    </a>
  );
});
