"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { parseDate, resolveAsOf } from "../../content/flags.js";
import { DEFAULT_PRODUCT_SEED, rankProducts } from "../../content/ordering.js";
import { STAKING_PRODUCTS } from "../../content/products.js";
import { PRODUCT_CATEGORIES, type ProductCategory, type StakingProduct } from "../../content/types.js";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { checkOneOf, devWarn, show } from "../../lib/dev-warning.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { resolveMessages } from "../../i18n/messages.js";
import { useLocaleDirection, useStakingUI } from "../../provider/hooks.js";
import { stakingProductCardMessages, type StakingProductCardMessages } from "./messages.js";
import { ProductCardView } from "./staking-product-card.js";
import { normalizeProduct, productProblem } from "./validate-product.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

const COMPONENT = "StakingProductsCardGrid";

export interface StakingProductsCardGridProps extends Omit<ComponentPropsWithoutRef<"ul">, "children"> {
  /** Which products to list: "pools", "saas", "nodeTools" or "keyGen". An unknown value renders nothing. */
  category: ProductCategory;
  /**
   * Products to list instead of the library's data for `category`. Malformed entries are skipped
   * with a development warning naming their index; the rest still render.
   */
  products?: readonly StakingProduct[];
  /**
   * Seed of the tie-break between equally scored products. The same seed always gives the same
   * order, on the server and in the browser. Default: a fixed library constant.
   */
  seed?: string | number;
  /**
   * Date "battle tested" is measured against (Date or ISO string). Default: the date the library's
   * product data was reviewed (`PRODUCTS_DATA_AS_OF`), never the current time.
   */
  asOf?: Date | string;
  /** Level of each product name's heading. Default 3. */
  headingLevel?: HeadingLevel;
  /** Locale of the cards' strings and numbers. Default: the provider's, else "en". */
  locale?: string;
  /** Text direction. Default: from `locale` (or the provider). */
  dir?: Direction;
  /**
   * Overrides of the cards' built-in strings. Provider-level overrides are read from both
   * `messages.StakingProductCard` and `messages.StakingProductsCardGrid` (the latter wins).
   */
  messages?: Partial<StakingProductCardMessages>;
}

function validProducts(products: readonly unknown[]): StakingProduct[] {
  const seen = new Set<string>();
  const valid: StakingProduct[] = [];
  products.forEach((entry, index) => {
    const problem = productProblem(entry);
    if (problem !== undefined) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`products[${index}]\` is skipped: ${problem}.`);
      return;
    }
    const product = normalizeProduct(entry as Record<string, unknown>);
    if (seen.has(product.id)) {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`products[${index}]\` is skipped: its \`id\` ${JSON.stringify(product.id)} is already used.`);
      return;
    }
    seen.add(product.id);
    valid.push(product);
  });
  return valid;
}

/**
 * The staking products of a category as a grid of cards, best scored first (see `orderProducts`).
 * Every card is in the server HTML: nothing is loaded lazily except logo images.
 */
export const StakingProductsCardGrid = forwardRef<HTMLUListElement, StakingProductsCardGridProps>(
  function StakingProductsCardGrid(
    { category, products, seed, asOf, headingLevel, locale: localeProp, dir, messages: messagesProp, className, ...rest },
    ref,
  ) {
    const { locale, dirAttribute } = useLocaleDirection(localeProp, dir);
    const context = useStakingUI();
    // Provider overrides written for a single card apply inside the grid too; the grid's own win.
    const messages = resolveMessages(
      COMPONENT,
      stakingProductCardMessages,
      locale,
      [
        context.messages.StakingProductCard as Partial<StakingProductCardMessages> | undefined,
        context.messages[COMPONENT] as Partial<StakingProductCardMessages> | undefined,
        messagesProp,
      ],
      context.locales,
    );
    if (!checkOneOf(COMPONENT, "category", category, PRODUCT_CATEGORIES)) return null;

    let source: readonly unknown[];
    if (products === undefined) source = STAKING_PRODUCTS[category];
    else if (Array.isArray(products)) source = products;
    else {
      process.env.NODE_ENV !== "production" && devWarn(COMPONENT, `\`products\` must be an array; received ${typeof products}. Nothing is rendered.`);
      return null;
    }

    if (process.env.NODE_ENV !== "production" && asOf !== undefined && parseDate(asOf) === undefined) {
      devWarn(COMPONENT, `\`asOf\` ${show(asOf)} is not a valid date; using the data's review date.`);
    }
    let tieSeed: string | number = DEFAULT_PRODUCT_SEED;
    if (typeof seed === "string" || (typeof seed === "number" && Number.isFinite(seed))) tieSeed = seed;
    else if (process.env.NODE_ENV !== "production" && seed !== undefined) devWarn(COMPONENT, `\`seed\` must be a string or a finite number; received ${show(seed)}. Using the default.`);

    const ranked = rankProducts(validProducts(source), category, { seed: tieSeed, asOf: resolveAsOf(asOf) });
    if (ranked.length === 0) return null;
    const tag = headingTag(COMPONENT, headingLevel, 3);

    return (
      <ul
        ref={ref}
        role="list"
        data-slot="staking-products-card-grid"
        data-category={category}
        className={cn("sui-root sui-products-grid", className)}
        dir={dirAttribute}
        {...rest}
      >
        {ranked.map(({ product, flags }) => (
          <li key={product.id} data-slot="staking-products-card-grid-item" className="sui-products-grid__item">
            <ProductCardView
              product={product}
              category={category}
              flags={flags}
              headingTag={tag}
              locale={locale}
              messages={messages}
            />
          </li>
        ))}
      </ul>
    );
  },
);
