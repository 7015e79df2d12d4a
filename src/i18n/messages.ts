import { devWarn } from "../lib/dev-warning.js";
import { languageOf, registeredLocales, type LocalePack } from "./locale-registry.js";

// Checked inline rather than through a shared constant: bundlers fold this expression while
// parsing the module, so production bundles lose the checks below, not only the warnings' text.
declare const process: { env: Record<string, string | undefined> };

/**
 * The locales every built-in string is written in. English ships in the components; the others
 * ship as locale packs (`staking-ui/locales/zh`, `staking-ui/locales/ar`). Other locales, and
 * these ones until their pack is registered, fall back to English.
 */
export const SUPPORTED_LOCALES = ["en", "zh", "ar"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/**
 * One component's built-in strings: the English ones, complete by construction, and the id under
 * which locale packs carry the other locales (`pack.messages[id]`). A catalog may also carry
 * translations inline (`zh`, `ar`), as a site's own component might; a registered pack wins over
 * them key by key.
 */
export type MessageCatalog<M extends Record<string, string>> = {
  /** Key of this catalog in a locale pack's `messages`; defaults to the component's name. */
  readonly id?: string;
  readonly en: M;
} & { readonly [L in Exclude<SupportedLocale, "en">]?: Partial<M> };

/**
 * The language whose strings a component shows for `locale`: its language when English or when a
 * pack for it is available (registered, or passed as `packs`), else "en". For the `lang` attribute.
 */
export function textLanguageOf(locale: unknown, packs: readonly LocalePack[] = []): string {
  const language = languageOf(locale);
  if (language === "en") return language;
  const available = (pack: LocalePack) => languageOf(pack.locale) === language;
  return language !== "" && (packs.some(available) || registeredLocales().some(available)) ? language : "en";
}

/**
 * Resolves a component's messages: per-component overrides win, then provider overrides (both in
 * `overrides`, lowest first), then the locale's strings (inline in the catalog, then registered
 * packs, then `packs` from the provider, later winning), then English. A key the locale lacks falls
 * back to English with a warning; a library locale whose pack is not registered, with one saying
 * which import to add.
 */
export function resolveMessages<M extends Record<string, string>>(
  component: string,
  catalog: MessageCatalog<M>,
  locale: string | undefined,
  overrides: ReadonlyArray<Partial<M> | undefined> = [],
  packs: readonly LocalePack[] = [],
): M {
  const result: Record<string, unknown> = { ...catalog.en };
  const language = languageOf(locale);
  const translated = language !== "en" && language !== "";
  const id = catalog.id ?? component;
  const translations = translated
    ? [
        (catalog as unknown as Record<string, Record<string, unknown> | undefined>)[language],
        ...[...registeredLocales(), ...packs].filter((pack) => languageOf(pack.locale) === language).map((pack) => pack.messages[id]),
      ]
    : [];
  // Translations first, then overrides (lowest first): a later string wins. Only known keys, only strings.
  for (const source of [...translations, ...overrides]) {
    if (source && typeof source === "object") {
      for (const key in source) {
        const value = (source as Record<string, unknown>)[key];
        if (typeof value === "string" && key in catalog.en) result[key] = value;
      }
    }
  }
  if (process.env.NODE_ENV !== "production") warnAboutMessages(component, catalog.en, language, translations, overrides);
  return result as M;
}

function warnAboutMessages(
  component: string,
  en: Record<string, string>,
  language: string,
  translations: ReadonlyArray<Record<string, unknown> | undefined>,
  overrides: ReadonlyArray<Record<string, unknown> | undefined>,
): void {
  if (language === "en" || language === "") {
    // English is complete by construction.
  } else if (translations.some((source) => source !== undefined) || translations.length > 1) {
    for (const key in en) {
      if (!translations.some((source) => typeof source?.[key] === "string"))
        devWarn(component, `message "${key}" is missing for locale "${language}"; using English.`);
    }
  } else if ((SUPPORTED_LOCALES as readonly string[]).includes(language)) {
    devWarn(
      component,
      `locale "${language}" is not registered, so English is shown. Add \`import "staking-ui/locales/${language}/register"\` once in your app, or pass \`locales={[${language}]}\` (from "staking-ui/locales/${language}") to StakingUIProvider.`,
    );
  }
  for (const override of overrides) {
    if (override && typeof override === "object") {
      for (const key of Object.keys(override)) {
        if (!(key in en)) devWarn(component, `unknown message key "${key}" in \`messages\` is ignored.`);
      }
    }
  }
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
