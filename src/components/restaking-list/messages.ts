import type { MessageCatalog } from "../../i18n/messages.js";

// RestakingList's own strings, and the kinds and descriptions of the built-in platforms (the data
// in src/content/platforms.ts takes its English text from here, so there is one source). Platforms
// a site passes in keep their own text.
export type RestakingListMessages = {
  /** Link text; `{name}` is the platform's name. */
  visit: string;
  kindRestakingProtocol: string;
  kindLiquidRestaking: string;
  eigenlayerDescription: string;
  symbioticDescription: string;
  karakDescription: string;
  etherfiDescription: string;
};

export const restakingListMessages: MessageCatalog<RestakingListMessages> = {
  id: "RestakingList",
  en: {
    visit: "Visit {name}",
    kindRestakingProtocol: "Restaking protocol",
    kindLiquidRestaking: "Liquid restaking",
    eigenlayerDescription:
      "The protocol that brought restaking to Ethereum. Stakers opt in with natively staked ETH or liquid staking tokens and delegate to operators, who run the software of actively validated services (AVSs). Securing those services pays extra rewards and adds extra slashing conditions.",
    symbioticDescription:
      "A permissionless, modular restaking protocol. Each network decides which collateral it accepts (ETH, liquid staking tokens or other tokens), which operators it works with and how rewards and slashing are handled, through vaults that stakers deposit into.",
    karakDescription:
      "A restaking network that accepts assets from more than one chain. The services it helps secure are called distributed secure services (DSS), and operators run them for the people who deposit.",
    etherfiDescription:
      "A liquid restaking protocol. Deposit ETH and receive eETH, a liquid restaking token that collects staking and restaking rewards and can still be used in DeFi, while stakers keep control of their validator keys.",
  },
};
