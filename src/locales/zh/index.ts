// staking-ui/locales/zh: the Chinese (simplified) strings of every staking-ui component, as one locale pack.
// Opt in with `import "staking-ui/locales/zh/register"`, `registerLocale(zh)` or
// `<StakingUIProvider locales={[zh]}>`; sites that never show Chinese (simplified) never download it.
import { productDisclaimerZh } from "../../components/product-disclaimer/messages.zh.js";
import { restakingListZh } from "../../components/restaking-list/messages.zh.js";
import { stakingComparisonZh } from "../../components/staking-comparison/messages.zh.js";
import { stakingConsiderationsZh } from "../../components/staking-considerations/messages.zh.js";
import { stakingProductCardZh } from "../../components/staking-products-card-grid/messages.zh.js";
import { restakingDiagramZh } from "../../components/tabbed-section/diagrams/messages.zh.js";
import { tabbedSectionZh } from "../../components/tabbed-section/messages.zh.js";
import { considerationZh, optionZh } from "../../content/messages.zh.js";
import type { LocalePack } from "../../i18n/locale-registry.js";
import { markdownZh } from "../../mdx/elements/messages.zh.js";
import { stakingPageZh } from "../../mdx/staking-page/messages.zh.js";
import type { StakingUILocaleMessages } from "../types.js";

const messages: StakingUILocaleMessages = {
  ProductDisclaimer: productDisclaimerZh,
  RestakingList: restakingListZh,
  StakingComparison: { ...stakingComparisonZh, ...optionZh },
  StakingConsiderations: { ...stakingConsiderationsZh, ...considerationZh },
  StakingProductCard: stakingProductCardZh,
  TabbedSection: tabbedSectionZh,
  RestakingDiagram: restakingDiagramZh,
  StakingOptions: optionZh,
  Considerations: considerationZh,
  Markdown: markdownZh,
  StakingPage: stakingPageZh,
};

/** The Chinese (simplified) locale pack. */
export const zh = { locale: "zh", messages } satisfies LocalePack;

export type { LocalePack } from "../../i18n/locale-registry.js";
export type { StakingUILocaleMessages } from "../types.js";
