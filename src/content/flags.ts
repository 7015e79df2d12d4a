// Flags: how a product fares on each property its category's page explains. Pure functions of the
// product's facts and a reference date; nothing here reads the clock, so the same data renders the
// same flags on the server, on the client and in screenshots.
import { PRODUCTS_DATA_AS_OF } from "./products.js";
import { FLAGS_BY_PAGE, type FlagId, type FlagState, type ProductCategory, type StakingProduct } from "./types.js";

/** One flag shown on a product card. */
export interface ProductFlag {
  id: FlagId;
  state: FlagState;
}

export interface ProductFlagOptions {
  /**
   * The date "battle tested" is measured against (a Date or an ISO string). Default:
   * `PRODUCTS_DATA_AS_OF`, the date the data was reviewed; never the current time.
   */
  asOf?: Date | string;
}

/** The flags each category shows, in display order: the considerations its page explains. */
export const CATEGORY_FLAGS: Readonly<Record<ProductCategory, readonly FlagId[]>> = Object.freeze({
  pools: FLAGS_BY_PAGE.pools,
  saas: FLAGS_BY_PAGE.saas,
  nodeTools: FLAGS_BY_PAGE.solo,
  keyGen: FLAGS_BY_PAGE.solo,
});

/** Solo staking needs 32 ETH; anything below that is the "economical" threshold. */
export const SOLO_STAKE_ETH = 32;

/** A client used by more than this share of a product's validators is a diversity risk. */
export const MAJORITY_CLIENT_LIMIT = 0.5;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Parses a reference date: a valid Date, or a string Date.parse understands (date-only ISO strings
 * are read as UTC midnight). Returns undefined for anything else.
 */
export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : new Date(value.getTime());
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The reference date for `asOf`: the value when valid, otherwise the data's review date. */
export function resolveAsOf(asOf: unknown): Date {
  return parseDate(asOf) ?? (parseDate(PRODUCTS_DATA_AS_OF) as Date);
}

/** `date` plus whole calendar months in UTC, clamped to the month's last day (31 Aug + 6 = 28/29 Feb). */
export function addMonthsUTC(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  return new Date(Date.UTC(year, month, day) + (date.getTime() % DAY_MS + DAY_MS) % DAY_MS);
}

/**
 * "Battle tested": live more than a year before `asOf` is valid, more than six months is caution,
 * anything newer (or launching after `asOf`) is a warning; an unreadable launch date is unknown.
 * Exactly one year is still caution and exactly six months still a warning: the rule is "more than".
 */
export function battleTestedState(launchDate: unknown, asOf: unknown): FlagState {
  const launch = parseDate(launchDate);
  if (!launch) return "unknown";
  const reference = resolveAsOf(asOf).getTime();
  if (reference > addMonthsUTC(launch, 12).getTime()) return "valid";
  if (reference > addMonthsUTC(launch, 6).getTime()) return "caution";
  return "warning";
}

/**
 * Client diversity from the share (0–1) of validators on the majority client: above one half is a
 * warning, one half or less is valid, and a missing or out-of-range share is unknown.
 */
export function clientDiversityState(share: unknown): FlagState {
  if (typeof share !== "number" || !Number.isFinite(share) || share < 0 || share > 1) return "unknown";
  return share > MAJORITY_CLIENT_LIMIT ? "warning" : "valid";
}

function booleanState(value: unknown): FlagState {
  if (value === true) return "valid";
  if (value === false) return "false";
  return "unknown";
}

function hasItems(value: unknown): FlagState {
  if (!Array.isArray(value)) return "unknown";
  return value.length > 0 ? "valid" : "false";
}

function economicalState(minEth: unknown): FlagState {
  if (typeof minEth !== "number" || !Number.isFinite(minEth) || minEth < 0) return "unknown";
  return minEth < SOLO_STAKE_ETH ? "valid" : "false";
}

/** The state of one flag for a product. Missing or mistyped facts give "unknown", never a throw. */
export function flagState(product: Partial<StakingProduct>, id: FlagId, options: ProductFlagOptions = {}): FlagState {
  switch (id) {
    case "open-source":
      return booleanState(product.isOpenSource);
    case "audited":
      return hasItems(product.audits);
    case "bug-bounty":
      return booleanState(product.hasBugBounty);
    case "battle-tested":
      return battleTestedState(product.launchDate, options.asOf);
    case "trustless":
      return booleanState(product.isTrustless);
    case "permissionless":
      return booleanState(product.isPermissionless);
    case "permissionless-nodes":
      return booleanState(product.hasPermissionlessNodes);
    case "multi-client":
      return booleanState(product.isMultiClient);
    case "execution-diversity":
      return clientDiversityState(product.executionClientMajorityShare);
    case "consensus-diversity":
      return clientDiversityState(product.consensusClientMajorityShare);
    case "self-custody":
      return booleanState(product.isSelfCustody);
    case "liquidity-token":
      return hasItems(product.tokens);
    case "economical":
      return economicalState(product.minEth);
    default:
      return "unknown";
  }
}

/**
 * The flags a product shows in a category, in the category's order. An unknown category has no
 * flags (an empty list).
 */
export function productFlags(
  product: Partial<StakingProduct>,
  category: ProductCategory,
  options: ProductFlagOptions = {},
): ProductFlag[] {
  const ids = typeof category === "string" && Object.prototype.hasOwnProperty.call(CATEGORY_FLAGS, category) ? CATEGORY_FLAGS[category] : [];
  // An entry that is not an object (a CMS's null) has no facts: every flag is "unknown".
  const facts = typeof product === "object" && product !== null ? product : {};
  return ids.map((id) => ({ id, state: flagState(facts, id, options) }));
}
