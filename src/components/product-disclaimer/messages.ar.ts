import type { ProductDisclaimerMessages } from "./messages.js";

export const productDisclaimerAr: ProductDisclaimerMessages = {
  text: "إدراج منتج هنا لا يعني تأييده. جُمعت هذه المنتجات من معلومات عامة قد تتغيّر أو تصبح قديمة، لذا تحقّق من كل منتج بنفسك وتأكّد من فهم مخاطره قبل أن تبدأ التخزين.",
};
