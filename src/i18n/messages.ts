import { DEV, devWarn } from "../lib/dev-warning.js";

/** The locales every built-in string is written in. Other locales fall back to English. */
export const SUPPORTED_LOCALES = ["en", "zh", "ar"] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** One component's messages in every supported locale; English is complete by construction. */
export type MessageCatalog<M extends Record<string, string>> = { en: M } & Partial<Record<SupportedLocale, Partial<M>>>;

/** Picks "zh" for "zh-CN", "zh_TW" or "ZH"; undefined when the language is not supported. */
export function supportedLocaleOf(locale: string | undefined): SupportedLocale | undefined {
  const language = String(locale).toLowerCase().split(/[-_]/)[0] as SupportedLocale;
  return SUPPORTED_LOCALES.includes(language) ? language : undefined;
}

/**
 * Resolves a component's messages: per-component overrides win, then provider overrides, then the
 * catalog's locale, then English. A key the locale lacks falls back to English with a warning.
 */
export function resolveMessages<M extends Record<string, string>>(
  component: string,
  catalog: MessageCatalog<M>,
  locale: string | undefined,
  ...overrides: Array<Partial<M> | undefined>
): M {
  const supported = supportedLocaleOf(locale);
  const result: Record<string, unknown> = { ...catalog.en, ...(supported && catalog[supported]) };
  for (const override of [catalog.en, ...overrides]) {
    if (!override || typeof override !== "object") continue;
    for (const [key, value] of Object.entries(override)) {
      if (override === catalog.en) {
        // English is the fallback: a key the locale lacks (or has as a non-string) takes it.
        if (typeof result[key] !== "string") result[key] = value;
        if (DEV && supported && typeof catalog[supported]?.[key] !== "string")
          devWarn(component, `message "${key}" is missing for locale "${supported}"; using English.`);
      } else if (typeof value === "string" && key in catalog.en) result[key] = value;
      else if (DEV && !(key in catalog.en)) devWarn(component, `unknown message key "${key}" in \`messages\` is ignored.`);
    }
  }
  return result as M;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
