import type { MessageCatalog } from "../../i18n/messages.js";

export type ProductDisclaimerMessages = {
  /** The disclaimer shown above product lists. */
  text: string;
};

export const productDisclaimerMessages: MessageCatalog<ProductDisclaimerMessages> = {
  id: "ProductDisclaimer",
  en: {
    text: "Being listed here is not an endorsement. These products are collected from public information that can change or go out of date, so check each one yourself and make sure you understand its risks before you stake.",
  },
};
