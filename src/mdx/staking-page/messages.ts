import type { MessageCatalog } from "../../i18n/messages.js";

export interface StakingPageMessages extends Record<string, string> {
  /** Title and accessible name of the table of contents. */
  tableOfContents: string;
  /** Accessible name of the list of summary points under the title. */
  summary: string;
}

export const stakingPageMessages: MessageCatalog<StakingPageMessages> = {
  id: "StakingPage",
  en: { tableOfContents: "On this page", summary: "Summary" },
};
