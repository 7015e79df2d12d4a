"use client";
import { useEffect, useRef, useState } from "react";
import { Monogram } from "./monogram.js";

export interface LogoOrMonogramProps {
  /** Name the monogram is drawn from. */
  name: string;
  /** A URL that already passed safeHref; without one the monogram is shown. */
  src: string | undefined;
  /** Class of both forms; the image also gets `<className>--image`. */
  className: string;
  /** Prefix of the data-slot names: `<slot>-logo` for the image, `<slot>-monogram` otherwise. */
  slot: string;
}

/**
 * A logo image, or the name's monogram when there is no image or it fails to load. Decorative
 * (alt ""): every caller shows the name as a heading beside it. Shared by product cards and the
 * restaking list.
 */
export function LogoOrMonogram({ name, src, className, slot }: LogoOrMonogramProps) {
  const [failedSrc, setFailedSrc] = useState<string | undefined>(undefined);
  const image = useRef<HTMLImageElement>(null);
  // A server-rendered image can fail before React attaches onError; catch that case after mount.
  useEffect(() => {
    const node = image.current;
    if (node && node.complete && node.naturalWidth === 0 && node.getAttribute("src")) setFailedSrc(src);
  }, [src]);
  if (src === undefined || failedSrc === src) {
    return <Monogram name={name} className={className} data-slot={`${slot}-monogram`} />;
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
      data-slot={`${slot}-logo`}
      className={`${className} ${className}--image`}
      onError={() => setFailedSrc(src)}
    />
  );
}
