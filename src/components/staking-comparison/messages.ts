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

type OwnMessages = Record<keyof typeof en, string>;

const zh: OwnMessages = {
  heading: "与其他方案的比较",
  learnMore: "详细了解{option}",
  "compare.solo.saas":
    "你仍需为属于自己的验证者存入 32 个以太币，但硬件由服务商替你运行。这省去了搭建和维护的麻烦，代价是支付服务费，并把签名密钥托付给运营方。",
  "compare.solo.pools":
    "资金池接受任意数量的以太币，你既不用准备硬件，也不用生成验证者密钥。作为交换，你的质押由他人运营，部分奖励会作为费用扣除，你还要依赖资金池的合约和运营者。",
  "compare.saas.solo":
    "单独质押同样需要 32 个以太币，但验证者运行在你自己的机器上：没有人替你保管密钥，也不收取任何费用，代价是你要亲自搭建和维护节点。",
  "compare.saas.pools":
    "与质押服务一样，验证者由他人运行；但加入资金池所需的以太币远少于 32 个，而且许多资金池还会为你的质押发放流动性代币。",
  "compare.pools.solo":
    "单独质押需要完整的 32 个以太币和一台始终在线的机器，但能带来完全的掌控：密钥从不离手，奖励全部归你，对以太坊去中心化的贡献也最大。",
  "compare.pools.saas":
    "与联合质押一样，你不必亲自运行节点；但质押服务要求你为属于自己的验证者完整存入 32 个以太币。你通常保留提款密钥，并向服务商支付费用。",
};

const ar: OwnMessages = {
  heading: "مقارنة بالخيارات الأخرى",
  learnMore: "اعرف المزيد عن {option}",
  "compare.solo.saas":
    "ما زلت تودِع 32 ETH لمُصادِق خاص بك، لكنّ مزوّد الخدمة هو من يشغّل الأجهزة. يُعفيك ذلك من عناء الإعداد والصيانة، مقابل رسوم وائتمان المشغّل على مفاتيح التوقيع الخاصة بك.",
  "compare.solo.pools":
    "تقبل المجمّعات أي مبلغ من ETH، ولا تطلب منك أجهزةً ولا مفاتيحَ مُصادِق. وفي المقابل يتولّى غيرك تشغيل حصتك، ويذهب جزء من المكافآت رسومًا، وتعتمد على عقود المجمّع ومشغّليه.",
  "compare.saas.solo":
    "يتطلّب تجميد العملات الفردي كذلك 32 ETH، لكنّ المُصادِق يعمل على جهازك أنت: لا يحتفظ أحد غيرك بمفاتيحك ولا تُقتطع أي رسوم، مقابل أن تتولّى بنفسك إعداد العقدة وصيانتها.",
  "compare.saas.pools":
    "كما في الخدمة، يتولّى غيرك تشغيل المُصادِقين، لكن يمكنك الانضمام إلى مجمّع بأقل بكثير من 32 ETH، وكثير من المجمّعات تمنحك أيضًا رمز سيولة يمثّل حصتك.",
  "compare.pools.solo":
    "يتطلّب تجميد العملات الفردي 32 ETH كاملة وجهازًا يبقى متصلًا، لكنه يمنحك تحكّمًا تامًّا: لا تفارقك مفاتيحك، وكل المكافآت لك، وتسهم أكثر من أي خيار آخر في لامركزية إيثريوم.",
  "compare.pools.saas":
    "كما في المجمّع، لا تشغّل العقدة بنفسك، لكنّ الخدمة تتطلّب إيداع 32 ETH كاملة لمُصادِق خاص بك. وعادةً ما تحتفظ بمفاتيح السحب وتدفع رسومًا لمزوّد الخدمة.",
};

/** Every string StakingComparison shows: its own, plus the options' titles and descriptions. */
export type StakingComparisonMessages = OwnMessages & OptionMessages;

export const stakingComparisonMessages: MessageCatalog<StakingComparisonMessages> & {
  zh: StakingComparisonMessages;
  ar: StakingComparisonMessages;
} = {
  en: { ...en, ...optionMessages.en },
  zh: { ...zh, ...optionMessages.zh },
  ar: { ...ar, ...optionMessages.ar },
};
