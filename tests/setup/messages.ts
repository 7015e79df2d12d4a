import type { MessageCatalog } from "../../src/i18n/messages";
import { ar } from "../../src/locales/ar";
import { zh } from "../../src/locales/zh";

const PACKS: Record<string, { messages: Readonly<Record<string, Readonly<Record<string, string>> | undefined>> }> = { zh, ar };

/**
 * A catalog's strings in a locale as a component shows them: English, with the locale pack's
 * strings (found by the catalog's id) over it. For tests that compare rendered text with the source.
 */
export function messagesIn<M extends Record<string, string>>(catalog: MessageCatalog<M>, locale: string): M {
  const translated = catalog.id === undefined ? catalog[locale as "zh" | "ar"] : PACKS[locale]?.messages[catalog.id];
  return { ...catalog.en, ...translated } as M;
}
