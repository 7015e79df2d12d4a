"use client";
import { devWarn } from "../../lib/dev-warning.js";
import { safeHref } from "../../lib/safe-href.js";
import { LogoOrMonogram } from "../monogram/logo-or-monogram.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

interface ProductLogoProps {
  name: string;
  /** Logo URL from the data; checked with safeHref here. */
  logo: string | undefined;
}

/**
 * The product's logo, or its monogram when there is none, the URL is unsafe or the image fails to
 * load. Decorative (alt ""): the product name is the heading beside it.
 */
export function ProductLogo({ name, logo }: ProductLogoProps) {
  const src = safeHref(logo);
  if (process.env.NODE_ENV !== "production" && src === undefined && typeof logo === "string" && logo.trim() !== "") {
    devWarn("StakingProductCard", `unsafe \`logo\` ${JSON.stringify(logo)} of ${JSON.stringify(name)} was not rendered; showing a monogram.`);
  }
  return <LogoOrMonogram name={name} src={src} className="sui-product-card__logo" slot="staking-product-card" />;
}
