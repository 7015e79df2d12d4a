// The three staking options the staking pages compare: what the library needs to draw and link
// each one. Their localized titles and descriptions live in ./messages.ts (`optionMessages`).
import type { ComponentType } from "react";
import { CloudIcon, HomeIcon, UsersIcon } from "../icons/icons.js";
import { resolveMessages } from "../i18n/messages.js";
import { optionMessages } from "./messages.js";
import { STAKING_OPTION_IDS, type StakingOptionId } from "./types.js";

/**
 * An icon component as the content data uses it: decorative, sized and coloured by CSS. Any
 * icon component fits (the library's own, lucide-react's, a site's SVG) if it accepts these props.
 */
export type ContentIcon = ComponentType<{
  className?: string;
  "aria-hidden"?: boolean | "true" | "false";
  focusable?: boolean | "true" | "false";
  "data-slot"?: string;
}>;

export interface StakingOption {
  id: StakingOptionId;
  /** Decorative icon shown beside the option's title. */
  icon: ContentIcon;
  /** CSS colour of the option's accent: a `--sui-*` token, so light and dark themes both pass contrast. */
  accentColor: string;
  /** Site-relative path of the option's page; the provider's `resolveHref` maps it to the site's URL. */
  href: string;
}

/** Every staking option, in the order the pages present them (most to least self-reliant). */
export const STAKING_OPTIONS: Readonly<Record<StakingOptionId, StakingOption>> = Object.freeze({
  solo: { id: "solo", icon: HomeIcon, accentColor: "var(--sui-color-accent-solo)", href: "/staking/solo/" },
  saas: { id: "saas", icon: CloudIcon, accentColor: "var(--sui-color-accent-saas)", href: "/staking/saas/" },
  pools: { id: "pools", icon: UsersIcon, accentColor: "var(--sui-color-accent-pools)", href: "/staking/pools/" },
});

/** The options other than `page`, in presentation order: what a page's comparison shows. */
export function otherStakingOptions(page: StakingOptionId): StakingOption[] {
  return STAKING_OPTION_IDS.filter((id) => id !== page).map((id) => STAKING_OPTIONS[id]);
}

/** An option's title and short description in `locale` (English when the locale is not supported). */
export function stakingOptionText(id: StakingOptionId, locale?: string): { title: string; description: string } {
  const text = resolveMessages("StakingOptions", optionMessages, locale);
  return { title: text[`${id}.title`], description: text[`${id}.description`] };
}
