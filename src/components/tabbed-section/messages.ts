import type { MessageCatalog } from "../../i18n/messages.js";
import type { RestakingDiagramMessages } from "./diagrams/messages.js";

// The strings of TabbedSection's default content: the accessible name of its tab list and the two
// tabs' labels. The diagrams inside keep theirs in ./diagrams/messages.ts, so a TabbedSection given
// its own `tabs` carries none of them.
export type TabbedSectionOwnMessages = {
  /** Accessible name of the built-in tab list. */
  listLabel: string;
  withRestakingTab: string;
  withoutRestakingTab: string;
};

/** Everything TabbedSection's `messages` prop can override: its own strings and its diagrams'. */
export type TabbedSectionMessages = TabbedSectionOwnMessages & RestakingDiagramMessages;

export const tabbedSectionMessages: MessageCatalog<TabbedSectionOwnMessages> = {
  id: "TabbedSection",
  en: {
    listLabel: "Two worlds: with and without restaking",
    withRestakingTab: "With restaking",
    withoutRestakingTab: "Without restaking",
  },
};
