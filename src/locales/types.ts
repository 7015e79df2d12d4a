import type { ProductDisclaimerMessages } from "../components/product-disclaimer/messages.js";
import type { RestakingListMessages } from "../components/restaking-list/messages.js";
import type { StakingComparisonMessages } from "../components/staking-comparison/messages.js";
import type { StakingConsiderationsMessages } from "../components/staking-considerations/messages.js";
import type { StakingProductCardMessages } from "../components/staking-products-card-grid/messages.js";
import type { RestakingDiagramMessages } from "../components/tabbed-section/diagrams/messages.js";
import type { TabbedSectionOwnMessages } from "../components/tabbed-section/messages.js";
import type { ConsiderationMessages, OptionMessages } from "../content/messages.js";
import type { MarkdownMessages } from "../mdx/elements/messages.js";
import type { StakingPageMessages } from "../mdx/staking-page/messages.js";

/**
 * Every catalog a complete locale pack translates, by catalog id: the shape of
 * `zh.messages` and `ar.messages`, and a checklist for a site writing a pack of its own (where any
 * catalog or key may be left out and falls back to English).
 */
export type StakingUILocaleMessages = {
  ProductDisclaimer: ProductDisclaimerMessages;
  RestakingList: RestakingListMessages;
  StakingComparison: StakingComparisonMessages;
  StakingConsiderations: StakingConsiderationsMessages;
  StakingProductCard: StakingProductCardMessages;
  TabbedSection: TabbedSectionOwnMessages;
  RestakingDiagram: RestakingDiagramMessages;
  /** Used by `stakingOptionText`. */
  StakingOptions: OptionMessages;
  /** Used by `considerationText`. */
  Considerations: ConsiderationMessages;
  /** staking-ui/mdx: headings, tables and unknown tags. */
  Markdown: MarkdownMessages;
  /** staking-ui/mdx: the page layout. */
  StakingPage: StakingPageMessages;
};
