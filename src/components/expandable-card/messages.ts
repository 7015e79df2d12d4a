import type { MessageCatalog } from "../../i18n/messages.js";

export interface ExpandableCardMessages extends Record<string, string> {
  /** Indicator shown while the card is closed. */
  more: string;
  /** Indicator shown while the card is open. */
  less: string;
}

export const expandableCardMessages: MessageCatalog<ExpandableCardMessages> = {
  en: { more: "More", less: "Less" },
  zh: { more: "更多", less: "收起" },
  ar: { more: "المزيد", less: "أقل" },
};
