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
export { registerLocale, type LocalePack } from "./i18n/locale-registry.js";
export type { StakingUILocaleMessages } from "./locales/types.js";
export type { HeadingLevel } from "./lib/heading.js";

// Primitives
export { Emoji, type EmojiProps } from "./components/emoji/emoji.js";
export { Card, type CardProps } from "./components/card/card.js";
export { CardGrid, type CardGridProps } from "./components/card-grid/card-grid.js";
export type { CardGridGap, CardGridMinColumnWidth } from "./components/card-grid/card-grid.variants.js";
export { ExpandableCard, type ExpandableCardProps } from "./components/expandable-card/expandable-card.js";
export type { ExpandableCardMessages } from "./components/expandable-card/messages.js";
export {
  Alert,
  AlertEmoji,
  AlertContent,
  AlertTitle,
  AlertDescription,
  type AlertProps,
  type AlertEmojiProps,
  type AlertContentProps,
  type AlertTitleProps,
  type AlertDescriptionProps,
} from "./components/alert/alert.js";
export type { AlertVariant } from "./components/alert/alert.variants.js";
export { ButtonLink, type ButtonLinkProps } from "./components/button-link/button-link.js";
export type { ButtonLinkSize, ButtonLinkVariant } from "./components/button-link/button-link.variants.js";
export { YouTube, type YouTubeProps } from "./components/youtube/youtube.js";
export type { YouTubeMessages } from "./components/youtube/messages.js";

// Staking: comparison and considerations
export { StakingComparison, type StakingComparisonProps } from "./components/staking-comparison/staking-comparison.js";
export type { StakingComparisonMessages } from "./components/staking-comparison/messages.js";
export {
  StakingConsiderations,
  type StakingConsiderationsProps,
  type StakingConsiderationsLayout,
} from "./components/staking-considerations/staking-considerations.js";
export type { StakingConsiderationsMessages } from "./components/staking-considerations/messages.js";

// Content: options and considerations
export { STAKING_OPTION_IDS, type StakingOptionId, type FlagId, type FlagState } from "./content/types.js";
export { STAKING_OPTIONS, otherStakingOptions, stakingOptionText, type StakingOption, type ContentIcon } from "./content/options.js";
export {
  STAKING_CONSIDERATIONS,
  CONSIDERATIONS_BY_PAGE,
  CONSIDERATION_STATES,
  considerationsFor,
  considerationText,
  type StakingConsideration,
  type ConsiderationText,
  type ConsiderationState,
} from "./content/considerations.js";
export {
  optionMessages,
  considerationMessages,
  type OptionMessages,
  type ConsiderationMessages,
} from "./content/messages.js";

// Staking: products
export {
  StakingProductsCardGrid,
  type StakingProductsCardGridProps,
} from "./components/staking-products-card-grid/staking-products-card-grid.js";
export {
  StakingProductCard,
  type StakingProductCardProps,
} from "./components/staking-products-card-grid/staking-product-card.js";
export type { StakingProductCardMessages } from "./components/staking-products-card-grid/messages.js";
export { ProductDisclaimer, type ProductDisclaimerProps } from "./components/product-disclaimer/product-disclaimer.js";
export type { ProductDisclaimerMessages } from "./components/product-disclaimer/messages.js";

// Content: products
export { STAKING_PRODUCTS, PRODUCTS_DATA_AS_OF } from "./content/products.js";
export {
  productFlags,
  flagState,
  battleTestedState,
  clientDiversityState,
  CATEGORY_FLAGS,
  type ProductFlag,
  type ProductFlagOptions,
} from "./content/flags.js";
export {
  productScore,
  orderProducts,
  rankProducts,
  DEFAULT_PRODUCT_SEED,
  FLAG_WEIGHTS,
  type OrderProductsOptions,
  type RankedProduct,
} from "./content/ordering.js";

// Staking: restaking
export { RestakingList, type RestakingListProps } from "./components/restaking-list/restaking-list.js";
export type { RestakingListMessages } from "./components/restaking-list/messages.js";
export { RESTAKING_PLATFORMS } from "./content/platforms.js";
export type { RestakingPlatform } from "./content/types.js";
export { TabbedSection, type TabbedSectionProps, type TabbedSectionTab } from "./components/tabbed-section/tabbed-section.js";
export {
  TabbedSectionBase,
  type TabbedSectionBaseProps,
} from "./components/tabbed-section/tabbed-section-base.js";
export type { TabbedSectionMessages, TabbedSectionOwnMessages } from "./components/tabbed-section/messages.js";
export type { RestakingDiagramMessages } from "./components/tabbed-section/diagrams/messages.js";
export { RESTAKING_TAB_VALUES } from "./components/tabbed-section/default-tabs.js";
export {
  WithRestakingDiagram,
  type RestakingDiagramProps,
} from "./components/tabbed-section/diagrams/with-restaking.js";
export { WithoutRestakingDiagram } from "./components/tabbed-section/diagrams/without-restaking.js";
export { Monogram, type MonogramProps } from "./components/monogram/monogram.js";
