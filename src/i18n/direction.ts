export type Direction = "ltr" | "rtl";

const RTL_LANGUAGES = new Set(["ar", "fa", "he", "ur"]);

/** "ar", "ar-EG" and "fa_IR" are right-to-left; everything else is left-to-right. */
export function directionOf(locale: string | undefined): Direction {
  const language = (locale ?? "").toLowerCase().split(/[-_]/)[0] ?? "";
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}
