"use client";
import { useEffect, useRef, useState } from "react";
import { devWarn } from "../../lib/dev-warning.js";
import { safeHref } from "../../lib/safe-href.js";
import { Monogram } from "../monogram/monogram.js";

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
  const [failedSrc, setFailedSrc] = useState<string | undefined>(undefined);
  const image = useRef<HTMLImageElement>(null);
  // A server-rendered image can fail before React attaches onError; catch that case after mount.
  useEffect(() => {
    const node = image.current;
    if (node && node.complete && node.naturalWidth === 0 && node.getAttribute("src")) setFailedSrc(src);
  }, [src]);
  if (src === undefined || failedSrc === src) {
    return <Monogram name={name} className="sui-product-card__logo" data-slot="staking-product-card-monogram" />;
  }
  return (
    <img
      ref={image}
      src={src}
      alt=""
      width={48}
      height={48}
      loading="lazy"
      decoding="async"
      data-slot="staking-product-card-logo"
      className="sui-product-card__logo sui-product-card__logo--image"
      onError={() => setFailedSrc(src)}
    />
  );
}
