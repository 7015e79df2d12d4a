// Main entry: every component, hook and helper as a flat named export. The build keeps one output
// file per source file, so a bundler that imports only `Card` takes only Card's modules.

// Provider and helpers
export { StakingUIProvider, type StakingUIProviderProps } from "./provider/staking-ui-provider.js";
export { useStakingUI, useLocaleDirection } from "./provider/hooks.js";
export type { LinkComponentProps, StakingUIContextValue } from "./provider/context.js";
export { SafeLink, type SafeLinkProps } from "./provider/safe-link.js";
export { safeHref, isExternalHref } from "./lib/safe-href.js";
export { directionOf, type Direction } from "./i18n/direction.js";
export { SUPPORTED_LOCALES, type SupportedLocale, type MessageCatalog } from "./i18n/messages.js";
export type { HeadingLevel } from "./lib/heading.js";

// Primitives
export { Emoji, type EmojiProps } from "./components/emoji/emoji.js";
export { Card, type CardProps } from "./components/card/card.js";
