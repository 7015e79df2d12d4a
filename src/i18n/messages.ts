import { DEV, devWarn } from "../lib/dev-warning.js";
import { languageOf, registeredLocales, type LocalePack } from "./locale-registry.js";

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
  const result: Record<string, string> = { ...catalog.en };
  const language = languageOf(locale);
  if (language !== "" && language !== "en") {
    const id = catalog.id ?? component;
    const inline = (catalog as Record<string, Partial<M> | undefined>)[language];
    const sources = [inline, ...[...registeredLocales(), ...packs].filter((pack) => languageOf(pack.locale) === language).map((pack) => pack.messages[id])];
    const found = inline !== undefined || sources.length > 1;
    for (const source of sources) {
      if (typeof source !== "object" || source === null) continue;
      for (const key in catalog.en) {
        const value = (source as Record<string, unknown>)[key];
        if (typeof value === "string") result[key] = value;
      }
    }
    if (DEV && found) {
      for (const key in catalog.en) {
        if (!sources.some((source) => typeof (source as Record<string, unknown> | undefined)?.[key] === "string"))
          devWarn(component, `message "${key}" is missing for locale "${language}"; using English.`);
      }
    } else if (DEV && (SUPPORTED_LOCALES as readonly string[]).includes(language)) {
      devWarn(
        component,
        `locale "${language}" is not registered, so English is shown. Add \`import "staking-ui/locales/${language}/register"\` once in your app, or pass \`locales={[${language}]}\` (from "staking-ui/locales/${language}") to StakingUIProvider.`,
      );
    }
  }
  for (const override of overrides) {
    if (!override || typeof override !== "object") continue;
    for (const [key, value] of Object.entries(override)) {
      if (typeof value === "string" && key in catalog.en) result[key] = value;
      else if (DEV && !(key in catalog.en)) devWarn(component, `unknown message key "${key}" in \`messages\` is ignored.`);
    }
  }
  return result as M;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
