import type { ProductDisclaimerMessages } from "./messages.js";

export const productDisclaimerZh: ProductDisclaimerMessages = {
  text: "列于此处并不代表推荐。这些产品信息收集自公开资料，可能会变化或过时，因此在质押之前，请自行核实每一个产品，并确保你了解其中的风险。",
};
