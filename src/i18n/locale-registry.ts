// Where translations come from. Components carry only English; the other locales ship as locale
// packs that a site opts into (`import "staking-ui/locales/zh/register"`, `registerLocale(zh)` or
// `<StakingUIProvider locales={[zh]}>`), so a site that shows English never downloads Chinese or
// Arabic. A module-level registry, not React context, keeps server components and plain functions
// (`considerationText`) able to read it, as the emoji shortcode registry does.
import { devWarn } from "../lib/dev-warning.js";

// Checked inline rather than through a shared constant, so production bundles drop the text.
declare const process: { env: Record<string, string | undefined> };

/**
 * The built-in strings of one locale, for any number of components: `messages[catalogId]` holds a
 * catalog's strings (the catalog id is the component's name: "ExpandableCard", "TabbedSection"…).
 * Plain data, so a server component can hand it to a client provider.
 */
export interface LocalePack {
  /** BCP 47 language the strings are written in, e.g. "zh" or "ar". Regions share it ("zh-CN"). */
  readonly locale: string;
  /** Strings per catalog id. A catalog or key left out falls back to English. */
  readonly messages: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>;
}

const registered: LocalePack[] = [];

/** "zh" for "zh-CN", "ZH" or "zh_TW"; "" for anything that is not a non-empty string. */
export function languageOf(locale: unknown): string {
  return typeof locale === "string" ? (locale.toLowerCase().split(/[-_]/)[0] ?? "") : "";
}

/** Whether a value has the shape of a LocalePack (input from sites is checked, never trusted). */
export function isLocalePack(value: unknown): value is LocalePack {
  const pack = value as LocalePack | null;
  return (
    typeof pack === "object" &&
    pack !== null &&
    languageOf(pack.locale) !== "" &&
    typeof pack.messages === "object" &&
    pack.messages !== null
  );
}

/**
 * Makes every component render `pack.locale` with the pack's strings. Call it at module load, before
 * anything renders (a side-effect import does). Registering the same pack twice is harmless; for the
 * same locale, a pack registered later wins key by key.
 */
export function registerLocale(...packs: LocalePack[]): void {
  for (const pack of packs) {
    if (!isLocalePack(pack)) {
      process.env.NODE_ENV !== "production" && devWarn("registerLocale", "expected a locale pack ({ locale, messages }), such as `zh` from \"staking-ui/locales/zh\"; it is ignored.");
    } else if (!registered.includes(pack)) {
      registered.push(pack);
    }
  }
}

/** The registered packs, in registration order. */
export function registeredLocales(): readonly LocalePack[] {
  return registered;
}
