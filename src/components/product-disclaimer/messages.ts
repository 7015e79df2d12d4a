import type { MessageCatalog } from "../../i18n/messages.js";

export type ProductDisclaimerMessages = {
  /** The disclaimer shown above product lists. */
  text: string;
};

export const productDisclaimerMessages: MessageCatalog<ProductDisclaimerMessages> = {
  en: {
    text: "Being listed here is not an endorsement. These products are collected from public information that can change or go out of date, so check each one yourself and make sure you understand its risks before you stake.",
  },
  zh: {
    text: "列于此处并不代表推荐。这些产品信息收集自公开资料，可能会变化或过时，因此在质押之前，请自行核实每一个产品，并确保你了解其中的风险。",
  },
  ar: {
    text: "إدراج منتج هنا لا يعني تأييده. جُمعت هذه المنتجات من معلومات عامة قد تتغيّر أو تصبح قديمة، لذا تحقّق من كل منتج بنفسك وتأكّد من فهم مخاطره قبل أن تبدأ التخزين.",
  },
};
