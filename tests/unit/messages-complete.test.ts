import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES, type MessageCatalog } from "../../src/i18n/messages";

// Every component keeps its built-in strings in a `messages.ts` next to it, exporting catalogs
// (objects with an `en` key). This finds them all, so a new component cannot skip a locale.
const modules = import.meta.glob<Record<string, unknown>>("../../src/**/messages.ts", { eager: true });

function catalogsOf(module: Record<string, unknown>): Array<[string, MessageCatalog<Record<string, string>>]> {
  return Object.entries(module).filter(
    (entry): entry is [string, MessageCatalog<Record<string, string>>] =>
      typeof entry[1] === "object" && entry[1] !== null && "en" in entry[1],
  );
}

describe("translations", () => {
  const catalogs = Object.entries(modules).flatMap(([file, module]) =>
    catalogsOf(module).map(([name, catalog]) => [`${file}#${name}`, catalog] as const),
  );

  it("has catalogs to check", () => {
    expect(catalogs.length).toBeGreaterThan(0);
  });

  it.each(catalogs)("%s has every key, non-empty, in every locale", (_name, catalog) => {
    const keys = Object.keys(catalog.en).sort();
    for (const locale of SUPPORTED_LOCALES) {
      const messages = catalog[locale] ?? {};
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      for (const key of keys) expect((messages as Record<string, string>)[key]?.trim(), `${locale}.${key}`).toBeTruthy();
    }
  });

  it.each(catalogs)("%s keeps {placeholders} identical across locales", (_name, catalog) => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, english] of Object.entries(catalog.en)) {
      for (const locale of SUPPORTED_LOCALES) {
        const text = (catalog[locale] as Record<string, string> | undefined)?.[key] ?? "";
        expect(placeholders(text), `${locale}.${key}`).toEqual(placeholders(english));
      }
    }
  });
});
