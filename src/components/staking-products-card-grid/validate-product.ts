// Run-time checks of product data that sites pass in. Types stop mistakes at compile time only;
// data from a CMS or JSON can be anything, and one bad entry must not take the whole grid down.
import type { Audit, Socials, StakingProduct } from "../../content/types.js";

declare const process: { env: Record<string, string | undefined> };

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

function isString(value: unknown): value is string {
  return typeof value === "string";
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isAudit(value: unknown): value is Audit {
  if (typeof value !== "object" || value === null) return false;
  const audit = value as Record<string, unknown>;
  return isNonEmptyString(audit.name) && isString(audit.url);
}

/**
 * The first field that keeps a product entry from rendering ("" when the entry is not an object),
 * or undefined when it can be rendered. Required: non-empty `id`, `name` and `url` strings. Every
 * other field may be missing (its flag is then "unknown"), but a field that is present must have
 * the right type.
 */
function invalidField(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "";
  const entry = value as Record<string, unknown>;
  const wrong = (key: string, valid: (field: unknown) => boolean) => entry[key] !== undefined && !valid(entry[key]);
  for (const key of ["id", "name", "url"] as const) if (!isNonEmptyString(entry[key])) return key;
  if (wrong("logo", isString)) return "logo";
  if (wrong("launchDate", isString)) return "launchDate";
  if (wrong("audits", (audits) => Array.isArray(audits) && audits.every(isAudit))) return "audits";
  if (wrong("minEth", (minEth) => typeof minEth === "number" && Number.isFinite(minEth) && minEth >= 0)) return "minEth";
  for (const key of STRING_LISTS) if (wrong(key, isStringList)) return key;
  for (const key of BOOLEAN_FACTS) if (wrong(key, (fact) => typeof fact === "boolean")) return key;
  for (const key of SHARES) if (wrong(key, (share) => typeof share === "number" && Number.isFinite(share) && share >= 0 && share <= 1)) return key;
  if (entry.socials !== undefined) {
    if (typeof entry.socials !== "object" || entry.socials === null) return "socials";
    const socials = entry.socials as Record<string, unknown>;
    for (const key of SOCIAL_KEYS) if (socials[key] !== undefined && !isString(socials[key])) return `socials.${key}`;
  }
  return undefined;
}

/**
 * Why a product entry cannot be rendered, or undefined when it can. The explanation is for
 * development warnings: production builds answer with the field's name only (the check is inline
 * so that bundlers drop `explain` and its text while parsing).
 */
export function productProblem(value: unknown): string | undefined {
  const field = invalidField(value);
  if (field === undefined) return undefined;
  return process.env.NODE_ENV !== "production" ? explain(field, value) : field || "not an object";
}

function explain(field: string, value: unknown): string {
  if (field === "") return "it is not an object";
  const [key = "", nested] = field.split(".");
  const entry = value as Record<string, unknown>;
  const received = nested === undefined ? entry[key] : (entry[key] as Record<string, unknown>)[nested];
  let expected = "a string";
  if (key === "id" || key === "name" || key === "url") expected = "a non-empty string";
  else if (key === "launchDate") expected = "an ISO date string";
  else if (key === "audits") expected = "a list of { name, url }";
  else if (key === "minEth") expected = "a finite number ≥ 0";
  else if ((STRING_LISTS as readonly string[]).includes(key)) expected = "a list of strings";
  else if ((BOOLEAN_FACTS as readonly string[]).includes(key)) expected = "a boolean";
  else if ((SHARES as readonly string[]).includes(key)) expected = "a share from 0 to 1";
  else if (field === "socials") expected = "an object";
  return `\`${field}\` must be ${expected} (received ${describe(received)})`;
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
