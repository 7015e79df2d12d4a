// The considerations each staking page explains: which ones, in which order, with which icon, and
// which states (valid / caution / warning) a product can be shown in for each. Their localized
// text lives in ./messages.ts (`considerationMessages`); StakingProductCard reuses the same ids.
import {
  BlocksIcon,
  BugIcon,
  ChipIcon,
  CoinsIcon,
  DoorOpenIcon,
  DropIcon,
  KeyIcon,
  LayersIcon,
  LockIcon,
  MedalIcon,
  NetworkIcon,
  ShieldCheckIcon,
  SourceCodeIcon,
} from "../icons/icons.js";
import { resolveMessages } from "../i18n/messages.js";
import { considerationMessages, type ConsiderationMessages, type ConsiderationState } from "./messages.js";
import type { ContentIcon } from "./options.js";
import { FLAGS_BY_PAGE, type FlagId, type StakingOptionId } from "./types.js";

export type { ConsiderationState } from "./messages.js";

/** The states in the order a consideration lists them: best first. */
export const CONSIDERATION_STATES = ["valid", "caution", "warning"] as const satisfies readonly ConsiderationState[];

export interface StakingConsideration {
  id: FlagId;
  /** Decorative icon shown in the selector and the detail panel. */
  icon: ContentIcon;
  /** The states that have a label, best first. Booleans have valid and warning; time has caution too. */
  states: readonly ConsiderationState[];
}

const yesNo = ["valid", "warning"] as const;

/** Every consideration by id. */
export const STAKING_CONSIDERATIONS: Readonly<Record<FlagId, StakingConsideration>> = Object.freeze({
  "open-source": { id: "open-source", icon: SourceCodeIcon, states: yesNo },
  audited: { id: "audited", icon: ShieldCheckIcon, states: yesNo },
  "bug-bounty": { id: "bug-bounty", icon: BugIcon, states: yesNo },
  // Live more than a year is valid, more than six months caution, newer a warning (see flags.ts).
  "battle-tested": { id: "battle-tested", icon: MedalIcon, states: CONSIDERATION_STATES },
  trustless: { id: "trustless", icon: LockIcon, states: yesNo },
  permissionless: { id: "permissionless", icon: DoorOpenIcon, states: yesNo },
  "permissionless-nodes": { id: "permissionless-nodes", icon: NetworkIcon, states: yesNo },
  "multi-client": { id: "multi-client", icon: LayersIcon, states: yesNo },
  "execution-diversity": { id: "execution-diversity", icon: ChipIcon, states: yesNo },
  "consensus-diversity": { id: "consensus-diversity", icon: BlocksIcon, states: yesNo },
  "self-custody": { id: "self-custody", icon: KeyIcon, states: yesNo },
  "liquidity-token": { id: "liquidity-token", icon: DropIcon, states: yesNo },
  economical: { id: "economical", icon: CoinsIcon, states: yesNo },
});

/** The considerations each page explains, in display order (the flags its product cards show). */
export const CONSIDERATIONS_BY_PAGE: Readonly<Record<StakingOptionId, readonly FlagId[]>> = FLAGS_BY_PAGE;

/** A page's considerations, in display order. */
export function considerationsFor(page: StakingOptionId): StakingConsideration[] {
  return CONSIDERATIONS_BY_PAGE[page].map((id) => STAKING_CONSIDERATIONS[id]);
}

export interface ConsiderationText {
  title: string;
  description: string;
  /** Label per state, for the states the consideration has. */
  labels: Partial<Record<ConsiderationState, string>>;
}

/** Reads one consideration's text out of resolved messages (a component's, with overrides applied). */
export function considerationTextFrom(messages: Readonly<Record<string, string>>, id: FlagId): ConsiderationText {
  const labels: Partial<Record<ConsiderationState, string>> = {};
  for (const state of STAKING_CONSIDERATIONS[id].states) {
    const label = messages[`${id}.${state}`];
    if (label !== undefined) labels[state] = label;
  }
  return { title: messages[`${id}.title`] ?? id, description: messages[`${id}.description`] ?? "", labels };
}

/** A consideration's title, description and state labels in `locale` (English when unsupported). */
export function considerationText(id: FlagId, locale?: string): ConsiderationText {
  return considerationTextFrom(resolveMessages<ConsiderationMessages>("StakingConsiderations", considerationMessages, locale), id);
}
