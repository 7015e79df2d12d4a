// Types of the library's content: staking options, considerations, products and restaking
// platforms. Data files in this folder satisfy them; sites pass their own data in the same shape.

/** The three ways to stake that the staking pages compare. */
export type StakingOptionId = "solo" | "saas" | "pools";
export const STAKING_OPTION_IDS = ["solo", "saas", "pools"] as const satisfies readonly StakingOptionId[];

/** Product categories of StakingProductsCardGrid. */
export type ProductCategory = "pools" | "saas" | "nodeTools" | "keyGen";
export const PRODUCT_CATEGORIES = ["pools", "saas", "nodeTools", "keyGen"] as const satisfies readonly ProductCategory[];

/**
 * A property a staking product can have (and a consideration a page explains). The same ids are
 * used by StakingConsiderations (explaining them) and StakingProductCard (showing them per product).
 */
export type FlagId =
  | "open-source"
  | "audited"
  | "bug-bounty"
  | "battle-tested"
  | "trustless"
  | "permissionless"
  | "permissionless-nodes"
  | "multi-client"
  | "execution-diversity"
  | "consensus-diversity"
  | "self-custody"
  | "liquidity-token"
  | "economical";

/**
 * The considerations each staking page explains, in display order; product cards of the page's
 * category show the same flags. One list for both, exported as CONSIDERATIONS_BY_PAGE and (per
 * product category) CATEGORY_FLAGS.
 */
export const FLAGS_BY_PAGE: Readonly<Record<StakingOptionId, readonly FlagId[]>> = /* @__PURE__ */ Object.freeze({
  solo: /* @__PURE__ */ Object.freeze(["open-source", "audited", "bug-bounty", "battle-tested", "trustless", "permissionless", "multi-client", "self-custody", "economical"]),
  saas: /* @__PURE__ */ Object.freeze(["open-source", "audited", "bug-bounty", "battle-tested", "permissionless", "execution-diversity", "consensus-diversity", "self-custody"]),
  pools: /* @__PURE__ */ Object.freeze(["open-source", "audited", "bug-bounty", "battle-tested", "trustless", "permissionless-nodes", "execution-diversity", "consensus-diversity", "liquidity-token"]),
} satisfies Record<StakingOptionId, readonly FlagId[]>);

/**
 * How a product fares on a flag: valid (good), caution, warning (a risk), false (it lacks a
 * plain yes/no property) or unknown (no data).
 */
export type FlagState = "valid" | "caution" | "warning" | "false" | "unknown";

export interface Audit {
  name: string;
  url: string;
}

export interface Socials {
  website?: string;
  twitter?: string;
  discord?: string;
  telegram?: string;
  github?: string;
  reddit?: string;
  youtube?: string;
}

export type Platform = "Browser" | "Desktop" | "Mobile" | "Linux" | "macOS" | "Windows" | "CLI";
export type Interface = "Browser extension" | "Web app" | "Desktop app" | "Mobile app" | "CLI" | "Docker";

/** One staking product: the facts from which its flags are derived. */
export interface StakingProduct {
  /** Stable identifier, unique within its list (used for ordering tie-breaks and React keys). */
  id: string;
  name: string;
  url: string;
  /** Logo image URL; without one the card shows a generated monogram. */
  logo?: string;
  /** ISO date (YYYY-MM-DD) the product went live. */
  launchDate: string;
  audits: Audit[];
  /** Minimum ETH to stake with it; 0 means any amount. Omitted when not applicable. */
  minEth?: number;
  /** Liquid staking tokens it issues, e.g. ["rETH"]. */
  tokens: string[];
  platforms: string[];
  interfaces: string[];
  socials: Socials;
  isOpenSource: boolean;
  hasBugBounty: boolean;
  isTrustless: boolean;
  isPermissionless: boolean;
  hasPermissionlessNodes: boolean;
  isMultiClient: boolean;
  isSelfCustody: boolean;
  /** Share (0–1) of its validators on the most used execution client; undefined when unknown. */
  executionClientMajorityShare?: number;
  /** Share (0–1) of its validators on the most used consensus client; undefined when unknown. */
  consensusClientMajorityShare?: number;
}

export interface RestakingPlatform {
  id: string;
  name: string;
  /** What kind of service it is, e.g. "Restaking protocol", "Liquid restaking". */
  kind: string;
  url: string;
  logo?: string;
  /** A short description, written for this library. */
  description: string;
}
