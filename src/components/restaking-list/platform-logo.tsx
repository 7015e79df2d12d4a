"use client";
import { LogoOrMonogram } from "../monogram/logo-or-monogram.js";

/** The platform's logo, or its monogram (`src` has already passed safeHref). */
export function PlatformLogo({ name, src }: { name: string; src: string | undefined }) {
  return <LogoOrMonogram name={name} src={src} className="sui-restaking-list__logo" slot="restaking-list" />;
}
