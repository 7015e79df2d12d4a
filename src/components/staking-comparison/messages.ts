import { optionMessages, type OptionMessages } from "../../content/messages.js";
import type { MessageCatalog } from "../../i18n/messages.js";

// Keys `compare.<page>.<other>`: on <page>'s page, the sentence that sets <other> against it.
const en = {
  heading: "Comparison with other options",
  learnMore: "Learn more about {option}",
  "compare.solo.saas":
    "You still deposit 32 ETH for a validator of your own, but a provider runs the hardware. That spares you the setup and upkeep, in return for a fee and trusting the operator with your signing keys.",
  "compare.solo.pools":
    "Pools take any amount of ETH and need no hardware or validator keys from you. In exchange, others run your stake, part of the rewards goes to fees, and you rely on the pool's contracts and operators.",
  "compare.saas.solo":
    "Solo staking also takes 32 ETH, but the validator runs on your own machine: nobody else holds your keys and no fee is taken, in return for setting up and maintaining the node yourself.",
  "compare.saas.pools":
    "As with a service, someone else runs the validators, but you can join a pool with far less than 32 ETH, and many pools also give you a liquid token for your stake.",
  "compare.pools.solo":
    "Solo staking asks for a full 32 ETH and a machine that stays online, but gives you complete control: your keys never leave you, every reward is yours, and you add the most to Ethereum's decentralization.",
  "compare.pools.saas":
    "As with a pool, you do not run the node yourself, but a service needs a full 32 ETH deposit for a validator of your own. You usually keep your withdrawal keys and pay the provider a fee.",
} as const;

/** The component's own strings, without the content text it adds. */
export type StakingComparisonOwnMessages = Record<keyof typeof en, string>;

/** Every string StakingComparison shows: its own, plus the options' titles and descriptions. */
export type StakingComparisonMessages = StakingComparisonOwnMessages & OptionMessages;

export const stakingComparisonMessages: MessageCatalog<StakingComparisonMessages> = {
  id: "StakingComparison",
  en: { ...en, ...optionMessages.en },
};
