// staking-ui/locales/ar: the Arabic strings of every staking-ui component, as one locale pack.
// Opt in with `import "staking-ui/locales/ar/register"`, `registerLocale(ar)` or
// `<StakingUIProvider locales={[ar]}>`; sites that never show Arabic never download it.
import { productDisclaimerAr } from "../../components/product-disclaimer/messages.ar.js";
import { restakingListAr } from "../../components/restaking-list/messages.ar.js";
import { stakingComparisonAr } from "../../components/staking-comparison/messages.ar.js";
import { stakingConsiderationsAr } from "../../components/staking-considerations/messages.ar.js";
import { stakingProductCardAr } from "../../components/staking-products-card-grid/messages.ar.js";
import { restakingDiagramAr } from "../../components/tabbed-section/diagrams/messages.ar.js";
import { tabbedSectionAr } from "../../components/tabbed-section/messages.ar.js";
import { considerationAr, optionAr } from "../../content/messages.ar.js";
import type { LocalePack } from "../../i18n/locale-registry.js";
import { markdownAr } from "../../mdx/elements/messages.ar.js";
import { stakingPageAr } from "../../mdx/staking-page/messages.ar.js";
import type { StakingUILocaleMessages } from "../types.js";

const messages: StakingUILocaleMessages = {
  ProductDisclaimer: productDisclaimerAr,
  RestakingList: restakingListAr,
  StakingComparison: { ...stakingComparisonAr, ...optionAr },
  StakingConsiderations: { ...stakingConsiderationsAr, ...considerationAr },
  StakingProductCard: stakingProductCardAr,
  TabbedSection: tabbedSectionAr,
  RestakingDiagram: restakingDiagramAr,
  StakingOptions: optionAr,
  Considerations: considerationAr,
  Markdown: markdownAr,
  StakingPage: stakingPageAr,
};

/** The Arabic locale pack. */
export const ar = { locale: "ar", messages } satisfies LocalePack;

export type { LocalePack } from "../../i18n/locale-registry.js";
export type { StakingUILocaleMessages } from "../types.js";
