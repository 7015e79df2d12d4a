import type { RestakingDiagramMessages } from "./messages.js";

export const restakingDiagramAr: RestakingDiagramMessages = {
  diagramStakers: "المخزّنون",
  diagramStakedEth: "ETH المخزّنة",
  diagramEthereum: "إيثريوم",
  diagramServiceA: "الخدمة أ",
  diagramServiceB: "الخدمة ب",
  diagramServiceKind: "AVS",
  diagramOwnToken: "رمز خاص بها",
  diagramOwnValidators: "مدقّقون خاصون بها",
  withRestakingTitle: "مع إعادة التخزين، يؤمّن تخزين واحد إيثريوم وخدمات أخرى",
  withRestakingDescription:
    "يقفل المخزّنون عملة ETH مرة واحدة. وعبر منصة لإعادة التخزين، يحمي التخزين نفسه إيثريوم ويحمي أيضًا الخدمة أ والخدمة ب، وهما خدمتا تحقق نشطتان (AVS) اختارتا الاعتماد عليه. تحصل الخدمات على أمان قوي دون أن تبنيه بنفسها، ويكسب المخزّنون مكافآت إضافية من كل خدمة يساعدون في حمايتها.",
  withoutRestakingTitle: "بدون إعادة التخزين، على كل خدمة أن تؤمّن نفسها",
  withoutRestakingDescription:
    "لا تحمي عملة ETH المخزّنة إلا إيثريوم. لا تستطيع الخدمة أ ولا الخدمة ب الاستفادة من هذا الأمان، فعلى كل منهما أن تبني أمانها من الصفر: أن تطلق رمزها الخاص وأن تجد مدقّقين مستعدين لتخزينه. وإلى أن تكبر، تبقى مجموعات المدقّقين المنفصلة هذه أصغر من مجموعة إيثريوم وأسهل في مهاجمتها.",
};
