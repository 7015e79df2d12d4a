import type { StakingConsiderationsOwnMessages } from "./messages.js";

export const stakingConsiderationsZh: StakingConsiderationsOwnMessages = {
  listLabel: "质押考量因素",
  statesLabel: "产品的标注方式",
  "state.valid": "正面：",
  "state.caution": "注意：",
  "state.warning": "警示：",
};
