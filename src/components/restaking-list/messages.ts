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
  zh: {
    visit: "访问 {name}",
    kindRestakingProtocol: "再质押协议",
    kindLiquidRestaking: "流动性再质押",
    eigenlayerDescription:
      "把再质押带到以太坊上的协议。质押者以原生质押的 ETH 或流动性质押代币加入，并委托给运营商，由运营商运行主动验证服务 (AVS) 的软件。保护这些服务可以获得额外奖励，同时也要承担额外的罚没条件。",
    symbioticDescription:
      "无需许可的模块化再质押协议。每个网络通过质押者存入资产的金库，自行决定接受哪些抵押品（ETH、流动性质押代币或其他代币）、与哪些运营商合作，以及如何处理奖励和罚没。",
    karakDescription:
      "接受来自多条链上资产的再质押网络。它帮助保护的服务被称为分布式安全服务 (DSS)，由运营商替存入资产的人运行。",
    etherfiDescription:
      "流动性再质押协议。存入 ETH 即可获得 eETH——一种流动性再质押代币，它会累积质押和再质押奖励，并且仍可在 DeFi 中使用，同时质押者保留对自己验证者密钥的控制权。",
  },
  ar: {
    visit: "زيارة {name}",
    kindRestakingProtocol: "بروتوكول إعادة تخزين",
    kindLiquidRestaking: "إعادة تخزين سائلة",
    eigenlayerDescription:
      "البروتوكول الذي أدخل إعادة التخزين إلى إيثريوم. ينضم المخزّنون بعملة ETH المخزّنة مباشرةً أو برموز التخزين السائل، ويفوّضونها إلى مشغّلين يشغّلون برامج خدمات التحقق النشطة (AVS). تأمين هذه الخدمات يمنح مكافآت إضافية ويضيف شروط اقتطاع إضافية.",
    symbioticDescription:
      "بروتوكول إعادة تخزين معياري لا يتطلب إذنًا. تقرّر كل شبكة الضمانات التي تقبلها (ETH أو رموز التخزين السائل أو رموز أخرى)، والمشغّلين الذين تعمل معهم، وطريقة التعامل مع المكافآت والاقتطاع، عبر خزائن يودع فيها المخزّنون أصولهم.",
    karakDescription:
      "شبكة لإعادة التخزين تقبل أصولًا من أكثر من سلسلة. تُسمّى الخدمات التي تساعد في تأمينها «الخدمات الآمنة الموزّعة» (DSS)، ويشغّلها المشغّلون نيابةً عن المودِعين.",
    etherfiDescription:
      "بروتوكول لإعادة التخزين السائلة. أودِع ETH واحصل على eETH، وهو رمز إعادة تخزين سائل يجمع مكافآت التخزين وإعادة التخزين ويبقى قابلًا للاستخدام في التمويل اللامركزي، بينما يحتفظ المخزّنون بالتحكم في مفاتيح المدقّقين الخاصة بهم.",
  },
};
