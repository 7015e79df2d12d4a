"use client";
import { useEffect, useRef, useState } from "react";
import { Monogram } from "../monogram/monogram.js";

interface PlatformLogoProps {
  name: string;
  /** A URL that already passed safeHref; without one the monogram is shown. */
  src: string | undefined;
}

/**
 * The platform's logo, or its monogram when there is none or the image fails to load. Decorative
 * (alt ""): the platform's name is the heading right next to it.
 */
export function PlatformLogo({ name, src }: PlatformLogoProps) {
  const [failed, setFailed] = useState(false);
  const image = useRef<HTMLImageElement>(null);
  // A server-rendered image can fail before React attaches onError; catch that case on mount.
  useEffect(() => {
    const node = image.current;
    if (node && node.complete && node.naturalWidth === 0 && node.getAttribute("src")) setFailed(true);
  }, []);
  if (src === undefined || failed) {
    return <Monogram name={name} className="sui-restaking-list__logo" data-slot="restaking-list-monogram" />;
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
      data-slot="restaking-list-logo"
      className="sui-restaking-list__logo sui-restaking-list__logo--image"
      onError={() => setFailed(true)}
    />
  );
}
