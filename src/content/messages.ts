// Text of the content data: the three staking options and the considerations the staking pages
// explain, in English (Chinese and Arabic are in messages.zh.ts and messages.ar.ts and reach the
// components through the locale packs). Kept as flat catalogs (one key per string) so that the
// translation test checks every key in every locale, and so that a component can merge them into
// its own catalog and let sites override any single string.
import type { MessageCatalog } from "../i18n/messages.js";
import type { FlagId, StakingOptionId } from "./types.js";

/** A state a consideration can be shown in, when it has a label for it. */
export type ConsiderationState = "valid" | "caution" | "warning";

export type OptionMessageKey = `${StakingOptionId}.${"title" | "description"}`;
export type ConsiderationMessageKey = `${FlagId}.${"title" | "description"}` | `${FlagId}.${ConsiderationState}`;

const optionEn = {
  "solo.title": "Solo staking",
  "solo.description": "Run a validator on your own hardware with 32 ETH: full control and the full rewards.",
  "saas.title": "Staking as a service",
  "saas.description": "Deposit 32 ETH and let a provider run the validator for you, in return for a fee.",
  "pools.title": "Pooled staking",
  "pools.description":
    "Stake any amount together with other people; operators run the validators, and many pools give you a liquid token.",
} as const satisfies Record<OptionMessageKey, string>;

export type OptionMessages = Record<keyof typeof optionEn, string>;

/** Title and short description of each staking option, keyed `<option>.title` / `<option>.description`. */
export const optionMessages: MessageCatalog<OptionMessages> = { id: "StakingOptions", en: optionEn };

const considerationEn = {
  "open-source.title": "Open source",
  "open-source.description":
    "The code is published under an open licence, so anyone can read it, check what it does with your ETH, and fork it if the original team stops maintaining it.",
  "open-source.valid": "Open source",
  "open-source.warning": "Closed source",

  "audited.title": "Audited",
  "audited.description":
    "Independent security firms have reviewed the code, and their reports are public, so you can see what they found and whether it was fixed.",
  "audited.valid": "Audited",
  "audited.warning": "No public audit",

  "bug-bounty.title": "Bug bounty",
  "bug-bounty.description":
    "Security researchers who privately report a vulnerability are paid a reward, which makes disclosing and fixing a flaw more attractive than exploiting it.",
  "bug-bounty.valid": "Active bug bounty",
  "bug-bounty.warning": "No bug bounty",

  "battle-tested.title": "Battle tested",
  "battle-tested.description":
    "The software or service has been live on Ethereum mainnet with real stake for more than a year, long enough for hidden flaws to have had a chance to surface.",
  "battle-tested.valid": "Live over 1 year",
  "battle-tested.caution": "Live over 6 months",
  "battle-tested.warning": "Recently launched",

  "trustless.title": "Trustless",
  "trustless.description":
    "Nobody else ever holds your validator keys, and the smart contracts involved have no admin backdoors or privileged roles that could move or lock your funds.",
  "trustless.valid": "Trustless",
  "trustless.warning": "Requires trust",

  "permissionless.title": "Permissionless",
  "permissionless.description":
    "Anyone can use it straight away: no approval, account or identity check (KYC) stands between you and staking.",
  "permissionless.valid": "Open to anyone",
  "permissionless.warning": "Permission required",

  "permissionless-nodes.title": "Permissionless nodes",
  "permissionless-nodes.description":
    "Anyone can join the pool as a node operator without being selected or approved, so no single gatekeeper decides who runs its validators.",
  "permissionless-nodes.valid": "Anyone can run a node",
  "permissionless-nodes.warning": "Approved operators only",

  "multi-client.title": "Multi-client",
  "multi-client.description":
    "You can choose between at least two execution clients and two consensus clients, and switch later, so a bug in one client does not have to take your validator down.",
  "multi-client.valid": "Choice of clients",
  "multi-client.warning": "Single client only",

  "execution-diversity.title": "Execution client diversity",
  "execution-diversity.description":
    "The service can show that no single execution client runs more than 50% of its validators. Spreading validators across clients limits the harm one faulty client can do to you and to the network.",
  "execution-diversity.valid": "Diverse execution clients",
  "execution-diversity.warning": "Execution client over 50%",

  "consensus-diversity.title": "Consensus client diversity",
  "consensus-diversity.description":
    "The service can show that no single consensus client runs more than 50% of its validators. Spreading validators across clients limits the harm one faulty client can do to you and to the network.",
  "consensus-diversity.valid": "Diverse consensus clients",
  "consensus-diversity.warning": "Consensus client over 50%",

  "self-custody.title": "Self custody",
  "self-custody.description":
    "You keep control of every validator credential, including the signing keys and the withdrawal address, so no third party can take or lock up your stake.",
  "self-custody.valid": "You hold the keys",
  "self-custody.warning": "Third-party custody",

  "liquidity-token.title": "Liquidity token",
  "liquidity-token.description":
    "You receive a tradable token that stands for your staked ETH and its rewards, so you can swap it or use it in DeFi without waiting for a withdrawal.",
  "liquidity-token.valid": "Liquid token",
  "liquidity-token.warning": "No liquid token",

  "economical.title": "Economical",
  "economical.description":
    "You can run a validator with less than 32 ETH of your own, because the rest of the deposit comes from other stakers pooled with you.",
  "economical.valid": "Under 32 ETH",
  "economical.warning": "Needs 32 ETH",
} as const satisfies Partial<Record<ConsiderationMessageKey, string>>;

export type ConsiderationMessages = Record<keyof typeof considerationEn, string>;

/**
 * Title, description and state labels of every consideration, keyed `<id>.title`,
 * `<id>.description` and `<id>.<state>` for the states it can be shown in.
 */
export const considerationMessages: MessageCatalog<ConsiderationMessages> = { id: "Considerations", en: considerationEn };
