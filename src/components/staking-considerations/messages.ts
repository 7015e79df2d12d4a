import { considerationMessages, type ConsiderationMessages } from "../../content/messages.js";
import type { MessageCatalog } from "../../i18n/messages.js";

const en = {
  /** Accessible name of the list of considerations. */
  listLabel: "Staking considerations",
  /** Caption of the state labels in each panel. */
  statesLabel: "How products are marked",
  // Spoken before each state label, standing in for its icon.
  "state.valid": "Positive:",
  "state.caution": "Caution:",
  "state.warning": "Warning:",
} as const;

type OwnMessages = Record<keyof typeof en, string>;

const zh: OwnMessages = {
  listLabel: "质押考量因素",
  statesLabel: "产品的标注方式",
  "state.valid": "正面：",
  "state.caution": "注意：",
  "state.warning": "警示：",
};

const ar: OwnMessages = {
  listLabel: "اعتبارات تجميد العملات",
  statesLabel: "كيف تُوسَم المنتجات",
  "state.valid": "إيجابي:",
  "state.caution": "تنبيه:",
  "state.warning": "تحذير:",
};

/** Every string StakingConsiderations shows: its own, plus each consideration's text. */
export type StakingConsiderationsMessages = OwnMessages & ConsiderationMessages;

export const stakingConsiderationsMessages: MessageCatalog<StakingConsiderationsMessages> & {
  zh: StakingConsiderationsMessages;
  ar: StakingConsiderationsMessages;
} = {
  en: { ...en, ...considerationMessages.en },
  zh: { ...zh, ...considerationMessages.zh },
  ar: { ...ar, ...considerationMessages.ar },
};
