// Run-time checks of product data that sites pass in. Types stop mistakes at compile time only;
// data from a CMS or JSON can be anything, and one bad entry must not take the whole grid down.
import type { Audit, Socials, StakingProduct } from "../../content/types.js";

const BOOLEAN_FACTS = [
  "isOpenSource",
  "hasBugBounty",
  "isTrustless",
  "isPermissionless",
  "hasPermissionlessNodes",
  "isMultiClient",
  "isSelfCustody",
] as const;

const STRING_LISTS = ["tokens", "platforms", "interfaces"] as const;
const SHARES = ["executionClientMajorityShare", "consensusClientMajorityShare"] as const;
const SOCIAL_KEYS: ReadonlyArray<keyof Socials> = ["website", "twitter", "discord", "telegram", "github", "reddit", "youtube"];

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isAudit(value: unknown): value is Audit {
  if (typeof value !== "object" || value === null) return false;
  const audit = value as Record<string, unknown>;
  return isNonEmptyString(audit.name) && typeof audit.url === "string";
}

/**
 * Why a product entry cannot be rendered, or undefined when it can. Required: non-empty `id`,
 * `name` and `url` strings. Every other field may be missing (its flag is then "unknown"), but a
 * field that is present must have the right type.
 */
export function productProblem(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "it is not an object";
  const entry = value as Record<string, unknown>;
  for (const key of ["id", "name", "url"] as const) {
    if (!isNonEmptyString(entry[key])) return `\`${key}\` must be a non-empty string (received ${describe(entry[key])})`;
  }
  if (entry.logo !== undefined && typeof entry.logo !== "string") return `\`logo\` must be a string`;
  if (entry.launchDate !== undefined && typeof entry.launchDate !== "string")
    return "`launchDate` must be an ISO date string";
  if (entry.audits !== undefined && !(Array.isArray(entry.audits) && entry.audits.every(isAudit)))
    return "`audits` must be a list of { name, url }";
  if (entry.minEth !== undefined && !(typeof entry.minEth === "number" && Number.isFinite(entry.minEth) && entry.minEth >= 0))
    return `\`minEth\` must be a finite number ≥ 0 (received ${describe(entry.minEth)})`;
  for (const key of STRING_LISTS) {
    if (entry[key] !== undefined && !isStringList(entry[key])) return `\`${key}\` must be a list of strings`;
  }
  for (const key of BOOLEAN_FACTS) {
    if (entry[key] !== undefined && typeof entry[key] !== "boolean")
      return `\`${key}\` must be a boolean (received ${describe(entry[key])})`;
  }
  for (const key of SHARES) {
    const share = entry[key];
    if (share !== undefined && !(typeof share === "number" && Number.isFinite(share) && share >= 0 && share <= 1))
      return `\`${key}\` must be a share from 0 to 1 (received ${describe(share)})`;
  }
  if (entry.socials !== undefined) {
    if (typeof entry.socials !== "object" || entry.socials === null) return "`socials` must be an object";
    const socials = entry.socials as Record<string, unknown>;
    for (const key of SOCIAL_KEYS) {
      if (socials[key] !== undefined && typeof socials[key] !== "string") return `\`socials.${key}\` must be a string`;
    }
  }
  return undefined;
}

/** A valid entry with its optional lists filled in, so rendering code can rely on them. */
export function normalizeProduct(value: Record<string, unknown>): StakingProduct {
  const product = value as unknown as StakingProduct;
  return {
    ...product,
    audits: product.audits ?? [],
    tokens: product.tokens ?? [],
    platforms: product.platforms ?? [],
    interfaces: product.interfaces ?? [],
    socials: product.socials ?? {},
  };
}

function describe(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (value === undefined) return "undefined";
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
