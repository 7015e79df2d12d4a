"use client";
import { createContext, type AnchorHTMLAttributes, type ComponentType } from "react";
import type { Direction } from "../i18n/direction.js";
import type { LocalePack } from "../i18n/locale-registry.js";

/**
 * Props the library passes to a site's router link component (with a `ref` to the anchor): an
 * anchor's attributes with a safe, resolved `href`, so `{ href, ...rest }` can go straight to the
 * router's own link. Any component accepting these works, `forwardRef` ones included.
 */
export interface LinkComponentProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> {
  /** A site path, already checked by `safeHref` and mapped by the provider's `resolveHref`. */
  href: string;
  "data-slot"?: string;
  /** Present (empty) on links that leave the site; the router link never receives those. */
  "data-external"?: string;
}

export interface StakingUIContextValue {
  locale: string;
  /** Set when the provider was given an explicit `dir`, or derived from its locale. */
  dir: Direction;
  linkComponent?: ComponentType<LinkComponentProps> | undefined;
  resolveHref: (path: string) => string;
  /** Message overrides keyed by component name, e.g. `{ ExpandableCard: { more: "Show" } }`. */
  messages: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
  /** Locale packs given to providers (outermost first), read besides the registered ones. */
  locales?: readonly LocalePack[];
  /** Whether a provider is present: components only set `dir` on their root when one is. */
  hasProvider: boolean;
}

export const identityHref = (path: string): string => path;

export const defaultContext: StakingUIContextValue = {
  locale: "en",
  dir: "ltr",
  // linkComponent is left out: absent reads as undefined, and the bytes count in 1 kB budgets.
  resolveHref: identityHref,
  messages: {},
  hasProvider: false,
};

// Inline check, not a shared constant, so production bundles drop the name: only
// development tools show it.
declare const process: { env: Record<string, string | undefined> };

export const StakingUIContext = createContext<StakingUIContextValue>(defaultContext);
if (process.env.NODE_ENV !== "production") StakingUIContext.displayName = "StakingUIContext";
