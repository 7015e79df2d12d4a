import type { StakingConsiderationsOwnMessages } from "./messages.js";

export const stakingConsiderationsAr: StakingConsiderationsOwnMessages = {
  listLabel: "اعتبارات تجميد العملات",
  statesLabel: "كيف تُوسَم المنتجات",
  "state.valid": "إيجابي:",
  "state.caution": "تنبيه:",
  "state.warning": "تحذير:",
};
