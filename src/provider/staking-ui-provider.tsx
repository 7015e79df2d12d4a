"use client";
import { useContext, useMemo, type ComponentType, type ReactNode } from "react";
import { directionOf, type Direction } from "../i18n/direction.js";
import { isLocalePack, type LocalePack } from "../i18n/locale-registry.js";
import { devWarn, show } from "../lib/dev-warning.js";
import { StakingUIContext, identityHref, type LinkComponentProps } from "./context.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface StakingUIProviderProps {
  /** BCP 47 locale of the library's own strings, e.g. "en", "zh", "ar". Default "en". */
  locale?: string;
  /** Text direction. Default: derived from `locale` (ar, fa, he, ur are right-to-left). */
  dir?: Direction;
  /** A router link (Next.js `Link`, React Router `Link`…) used for every internal link. */
  linkComponent?: ComponentType<LinkComponentProps>;
  /** Maps a site-relative path such as `/staking/solo/` to the site's URL. Default: identity. */
  resolveHref?: (path: string) => string;
  /** Message overrides keyed by component name: `{ ExpandableCard: { more: "Read" } }`. */
  messages?: Record<string, Record<string, string> | undefined>;
  /**
   * Locale packs for the components inside, e.g. `[zh]` from "staking-ui/locales/zh": the explicit
   * alternative to `import "staking-ui/locales/zh/register"`. Packs are plain data, so a server
   * component can pass them to this (client) provider. Nested providers add to their parent's.
   */
  locales?: readonly LocalePack[];
  children?: ReactNode;
}

/**
 * Optional context for every staking-ui component: locale, direction, routing and message
 * overrides. Nested providers inherit what they do not set. Renders no DOM of its own.
 */
export function StakingUIProvider({
  locale,
  dir,
  linkComponent,
  resolveHref,
  messages,
  locales,
  children,
}: StakingUIProviderProps) {
  const parent = useContext(StakingUIContext);
  if (process.env.NODE_ENV !== "production" && dir !== undefined && dir !== "ltr" && dir !== "rtl") {
    devWarn("StakingUIProvider", `unknown \`dir\` ${show(dir)}; expected "ltr" or "rtl".`);
  }
  // A component is a function, a tag name, or a React wrapper object (forwardRef, memo); anything
  // else would make React throw on the first internal link.
  const routerLink =
    typeof linkComponent === "function" ||
    (typeof linkComponent === "string" && /^[a-z][\w:.-]*$/i.test(linkComponent)) ||
    (typeof linkComponent === "object" && linkComponent !== null && "$$typeof" in linkComponent)
      ? linkComponent
      : undefined;
  if (process.env.NODE_ENV !== "production" && linkComponent !== undefined && routerLink === undefined) {
    devWarn("StakingUIProvider", `\`linkComponent\` must be a React component; received ${show(linkComponent)}. Plain links are used.`);
  }
  const value = useMemo(() => {
    const nextLocale = typeof locale === "string" && locale !== "" ? locale : parent.locale;
    const nextDir = dir === "ltr" || dir === "rtl" ? dir : locale ? directionOf(nextLocale) : parent.dir;
    return {
      locale: nextLocale,
      dir: nextDir,
      linkComponent: routerLink ?? parent.linkComponent,
      resolveHref: typeof resolveHref === "function" ? resolveHref : parent.resolveHref ?? identityHref,
      messages: messages ? mergeMessages(parent.messages, messages) : parent.messages,
      locales: locales === undefined ? parent.locales : [...(parent.locales ?? []), ...validPacks(locales)],
      hasProvider: true,
    };
  }, [locale, dir, routerLink, resolveHref, messages, locales, parent]);
  return <StakingUIContext.Provider value={value}>{children}</StakingUIContext.Provider>;
}

function mergeMessages(
  parent: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>,
  own: Record<string, Record<string, string> | undefined>,
) {
  const merged: Record<string, Readonly<Record<string, string>> | undefined> = { ...parent };
  for (const [component, entries] of Object.entries(own)) merged[component] = { ...parent[component], ...entries };
  return merged;
}

function validPacks(locales: unknown): LocalePack[] {
  const list = Array.isArray(locales) ? locales : [locales];
  const packs = list.filter(isLocalePack);
  if (process.env.NODE_ENV !== "production" && packs.length !== list.length) {
    devWarn(
      "StakingUIProvider",
      "`locales` must be an array of locale packs, such as `[zh]` from \"staking-ui/locales/zh\"; other entries are ignored.",
    );
  }
  return packs;
}
