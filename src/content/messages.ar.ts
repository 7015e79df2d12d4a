import type { ConsiderationMessages, OptionMessages } from "./messages.js";

export const optionAr: OptionMessages = {
  "solo.title": "تجميد العملات الفردي",
  "solo.description": "شغّل مُصادِقًا على أجهزتك الخاصة بإيداع 32 ETH: تحكّم كامل ومكافآت كاملة.",
  "saas.title": "تجميد العملات كخدمة",
  "saas.description": "أودِع 32 ETH ودَعْ مزوّد خدمة يشغّل المُصادِق نيابةً عنك مقابل رسوم.",
  "pools.title": "تجميد العملات المُجمَّع",
  "pools.description":
    "جمِّد أي مبلغ بالاشتراك مع آخرين؛ يتولّى المشغّلون تشغيل المُصادِقين، وتمنحك مجمّعات كثيرة رمز سيولة.",
};

export const considerationAr: ConsiderationMessages = {
  "open-source.title": "مفتوح المصدر",
  "open-source.description":
    "الشيفرة منشورة بترخيص مفتوح، فيستطيع أي شخص قراءتها والتحقق مما تفعله بعملات ETH الخاصة بك، واشتقاق نسخة منها إن توقّف فريقها الأصلي عن صيانتها.",
  "open-source.valid": "مفتوح المصدر",
  "open-source.warning": "مغلق المصدر",

  "audited.title": "خضع للتدقيق الأمني",
  "audited.description":
    "راجعت شركات أمنية مستقلة الشيفرة، وتقاريرها منشورة للعموم، فيمكنك أن تعرف ما اكتشفته من مشكلات وهل أُصلحت.",
  "audited.valid": "مُدقَّق أمنيًا",
  "audited.warning": "لا تدقيق منشور",

  "bug-bounty.title": "مكافأة الثغرات",
  "bug-bounty.description":
    "يحصل الباحثون الأمنيون الذين يُبلغون عن ثغرة بشكل سرّي على مكافأة، مما يجعل الكشف عن الخلل وإصلاحه أجدى من استغلاله.",
  "bug-bounty.valid": "برنامج مكافآت نشط",
  "bug-bounty.warning": "لا مكافآت للثغرات",

  "battle-tested.title": "مُجرَّب ميدانيًا",
  "battle-tested.description":
    "يعمل البرنامج أو الخدمة على شبكة إيثريوم الرئيسية بحصص حقيقية منذ أكثر من عام، وهي مدة كافية لتظهر العيوب الخفية إن وُجدت.",
  "battle-tested.valid": "يعمل منذ أكثر من عام",
  "battle-tested.caution": "يعمل منذ أكثر من 6 أشهر",
  "battle-tested.warning": "أُطلق حديثًا",

  "trustless.title": "لا يتطلّب الثقة",
  "trustless.description":
    "لا يحتفظ أي طرف آخر بمفاتيح المُصادِق الخاصة بك في أي وقت، ولا تحتوي العقود الذكية المعنية على أبواب خلفية أو صلاحيات إدارية تتيح نقل أموالك أو حجزها.",
  "trustless.valid": "لا يتطلّب الثقة",
  "trustless.warning": "يتطلّب الثقة",

  "permissionless.title": "لا يتطلّب إذنًا",
  "permissionless.description":
    "يستطيع أي شخص استخدامه مباشرةً، دون طلب موافقة أو إنشاء حساب أو اجتياز التحقق من الهوية (KYC).",
  "permissionless.valid": "متاح للجميع",
  "permissionless.warning": "يتطلّب إذنًا",

  "permissionless-nodes.title": "عُقد لا تتطلّب إذنًا",
  "permissionless-nodes.description":
    "يستطيع أي شخص الانضمام إلى المجمّع مشغّلًا للعُقد دون أن يُختار أو يُوافَق عليه، فلا تنفرد جهة واحدة بتحديد من يشغّل مُصادِقيه.",
  "permissionless-nodes.valid": "يمكن لأي شخص تشغيل عقدة",
  "permissionless-nodes.warning": "للمشغّلين المعتمدين فقط",

  "multi-client.title": "متعدد العملاء",
  "multi-client.description":
    "يمكنك الاختيار بين عميلَي تنفيذ وعميلَي إجماع على الأقل، والتبديل بينها لاحقًا، فلا يتوقف مُصادِقك بالضرورة إذا ظهر خلل في أحد العملاء.",
  "multi-client.valid": "حرية اختيار العميل",
  "multi-client.warning": "عميل واحد فقط",

  "execution-diversity.title": "تنوّع عملاء التنفيذ",
  "execution-diversity.description":
    "تستطيع الخدمة أن تُثبت أن أي عميل تنفيذ لا يشغّل وحده أكثر من 50% من مُصادِقيها. فتوزيع المُصادِقين على عدة عملاء يحدّ من الضرر الذي قد يُلحقه عميل معيب بك وبالشبكة.",
  "execution-diversity.valid": "عملاء تنفيذ متنوّعون",
  "execution-diversity.warning": "عميل تنفيذ يتجاوز 50%",

  "consensus-diversity.title": "تنوّع عملاء الإجماع",
  "consensus-diversity.description":
    "تستطيع الخدمة أن تُثبت أن أي عميل إجماع لا يشغّل وحده أكثر من 50% من مُصادِقيها. فتوزيع المُصادِقين على عدة عملاء يحدّ من الضرر الذي قد يُلحقه عميل معيب بك وبالشبكة.",
  "consensus-diversity.valid": "عملاء إجماع متنوّعون",
  "consensus-diversity.warning": "عميل إجماع يتجاوز 50%",

  "self-custody.title": "الحفظ الذاتي",
  "self-custody.description":
    "تبقى كل بيانات اعتماد المُصادِق تحت سيطرتك، بما فيها مفاتيح التوقيع وعنوان السحب، فلا يستطيع أي طرف ثالث الاستيلاء على حصتك أو حجزها.",
  "self-custody.valid": "المفاتيح بحوزتك",
  "self-custody.warning": "حفظ لدى طرف ثالث",

  "liquidity-token.title": "رمز السيولة",
  "liquidity-token.description":
    "تحصل على رمز قابل للتداول يمثّل عملات ETH التي جمّدتها ومكافآتها، فيمكنك مبادلته أو استخدامه في التمويل اللامركزي (DeFi) دون انتظار السحب.",
  "liquidity-token.valid": "يُصدر رمز سيولة",
  "liquidity-token.warning": "لا رمز سيولة",

  "economical.title": "اقتصادي",
  "economical.description":
    "يمكنك تشغيل مُصادِق بأقل من 32 ETH من مالك الخاص، إذ يأتي باقي الإيداع من مشاركين آخرين يجمعون أموالهم مع أموالك.",
  "economical.valid": "أقل من 32 ETH",
  "economical.warning": "يتطلّب 32 ETH",
};
