// Ordering of product cards. ethereum.org shuffles products on every load; here the order is a
// function of the data and a seed, so server and client HTML match and screenshots are stable,
// while ties between equally scored products still rotate when a site changes the seed.
import { productFlags, type ProductFlag, type ProductFlagOptions } from "./flags.js";
import type { FlagId, ProductCategory, StakingProduct } from "./types.js";

/** The seed used when none is given. Any fixed value works; this one is part of the public API. */
export const DEFAULT_PRODUCT_SEED = "staking-ui";

/** Weight of a valid flag in the score; flags not listed weigh 1. */
export const FLAG_WEIGHTS: Readonly<Partial<Record<FlagId, number>>> = Object.freeze({
  "battle-tested": 2,
  "execution-diversity": 2,
  "consensus-diversity": 2,
});

/** Sum of the weights of the valid flags. Caution, warning, false and unknown flags add nothing. */
export function productScore(flags: readonly ProductFlag[]): number {
  let score = 0;
  for (const flag of flags) if (flag.state === "valid") score += FLAG_WEIGHTS[flag.id] ?? 1;
  return score;
}

/**
 * A 32-bit hash of a string: FNV-1a over UTF-16 code units, finished with MurmurHash3's mixer so
 * that strings differing only in their last character still land far apart.
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The tie-break key of a product for a seed: stable across runs, platforms and input order. */
export function tieBreakKey(seed: string | number, id: string): number {
  // The separator keeps ("ab", "c") and ("a", "bc") apart.
  return hashString(`${String(seed)}\u0000${id}`);
}

export interface OrderProductsOptions extends ProductFlagOptions {
  /** Seed of the tie-break between equally scored products. Default `DEFAULT_PRODUCT_SEED`. */
  seed?: string | number;
}

/** A product with its flags and score, as ordered by `rankProducts`. */
export interface RankedProduct<T extends StakingProduct = StakingProduct> {
  product: T;
  flags: ProductFlag[];
  score: number;
}

/** A product's id as text; malformed entries (no object, an id that cannot become text) get "". */
function idOf(product: unknown): string {
  try {
    return typeof product === "object" && product !== null ? String((product as { id?: unknown }).id) : "";
  } catch {
    return "";
  }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Products of a category with their flags and scores, highest score first; ties are ordered by
 * the seeded hash of the product id, then by id, so the result never depends on the input order
 * (unless two entries share an id). Does not change the input.
 */
export function rankProducts<T extends StakingProduct>(
  products: readonly T[],
  category: ProductCategory,
  options: OrderProductsOptions = {},
): RankedProduct<T>[] {
  const seed = typeof options.seed === "string" || typeof options.seed === "number" ? options.seed : DEFAULT_PRODUCT_SEED;
  const ranked = products.map((product, index) => {
    const flags = productFlags(product, category, options);
    const id = idOf(product);
    return { product, flags, score: productScore(flags), key: tieBreakKey(seed, id), id, index };
  });
  ranked.sort(
    (a, b) =>
      b.score - a.score ||
      a.key - b.key ||
      compareStrings(a.id, b.id) ||
      a.index - b.index,
  );
  return ranked.map(({ product, flags, score }) => ({ product, flags, score }));
}

/** The products of a category in display order: score descending, seeded stable tie-break. */
export function orderProducts<T extends StakingProduct>(
  products: readonly T[],
  category: ProductCategory,
  options: OrderProductsOptions = {},
): T[] {
  return rankProducts(products, category, options).map((entry) => entry.product);
}
