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

/** The component's own strings, without the content text it adds. */
export type StakingConsiderationsOwnMessages = Record<keyof typeof en, string>;

/** Every string StakingConsiderations shows: its own, plus each consideration's text. */
export type StakingConsiderationsMessages = StakingConsiderationsOwnMessages & ConsiderationMessages;

export const stakingConsiderationsMessages: MessageCatalog<StakingConsiderationsMessages> = {
  id: "StakingConsiderations",
  en: { ...en, ...considerationMessages.en },
};
