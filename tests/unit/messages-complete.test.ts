import { describe, expect, it } from "vitest";
import { SUPPORTED_LOCALES, type MessageCatalog } from "../../src/i18n/messages";
import type { LocalePack } from "../../src/i18n/locale-registry";

// Every component keeps its English strings in a `messages.ts` next to it, exporting catalogs
// (objects with an `en` key and, for the library's own, an `id`); the other locales ship in the
// locale packs (src/locales/<locale>/index.ts), keyed by that id. This finds every catalog and
// every pack by file name, so a new component cannot skip a locale and a pack cannot fall behind.
const modules = import.meta.glob<Record<string, unknown>>("../../src/**/messages.ts", { eager: true });
const packModules = import.meta.glob<Record<string, unknown>>("../../src/locales/*/index.ts", { eager: true });

type Catalog = MessageCatalog<Record<string, string>>;

function catalogsOf(module: Record<string, unknown>): Array<[string, Catalog]> {
  return Object.entries(module).filter(
    (entry): entry is [string, Catalog] => typeof entry[1] === "object" && entry[1] !== null && "en" in entry[1],
  );
}

const catalogs = Object.entries(modules).flatMap(([file, module]) =>
  catalogsOf(module).map(([name, catalog]) => [`${file.replace("../../src/", "")}#${name}`, catalog] as const),
);

const packs = new Map<string, LocalePack>(
  Object.values(packModules).flatMap((module) =>
    Object.values(module).filter((value): value is LocalePack => typeof value === "object" && value !== null && "locale" in value),
  ).map((pack) => [pack.locale, pack]),
);

const TRANSLATED = SUPPORTED_LOCALES.filter((locale) => locale !== "en");

/**
 * A catalog's strings in a locale: from its pack, by the catalog's id. Catalogs without an id
 * (ExpandableCard and YouTube, for now) still carry their translations inline.
 */
function stringsIn(catalog: Catalog, locale: (typeof TRANSLATED)[number]): Record<string, string> | undefined {
  if (catalog.id === undefined) return catalog[locale] as Record<string, string> | undefined;
  return packs.get(locale)?.messages[catalog.id] as Record<string, string> | undefined;
}

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("translations", () => {
  it("finds the catalogs and a pack for every locale besides English", () => {
    expect(catalogs.length).toBeGreaterThan(10);
    expect([...packs.keys()].sort()).toEqual([...TRANSLATED].sort());
  });

  it("gives every library catalog a unique id", () => {
    const ids = catalogs.map(([, catalog]) => catalog.id).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(catalogs)("%s has every key, non-empty, in every locale", (_name, catalog) => {
    const keys = Object.keys(catalog.en).sort();
    for (const locale of TRANSLATED) {
      const messages = stringsIn(catalog, locale) ?? {};
      expect(Object.keys(messages).sort(), locale).toEqual(keys);
      for (const key of keys) expect(messages[key]?.trim(), `${locale}.${key}`).toBeTruthy();
    }
  });

  it.each(catalogs)("%s keeps {placeholders} identical across locales", (_name, catalog) => {
    for (const [key, english] of Object.entries(catalog.en)) {
      for (const locale of TRANSLATED) {
        expect(placeholders(stringsIn(catalog, locale)?.[key] ?? ""), `${locale}.${key}`).toEqual(placeholders(english));
      }
    }
  });

  it.each([...packs])("the %s pack holds only catalogs that exist, with only their keys", (_locale, pack) => {
    const known = new Map(catalogs.filter(([, catalog]) => catalog.id !== undefined).map(([, catalog]) => [catalog.id!, catalog]));
    for (const [id, messages] of Object.entries(pack.messages)) {
      const catalog = known.get(id);
      expect(catalog, `pack catalog "${id}"`).toBeDefined();
      expect(Object.keys(messages ?? {}).filter((key) => !(key in catalog!.en)), id).toEqual([]);
    }
  });

  it("moved the library's translations out of the components: catalogs with an id carry English only", () => {
    for (const [name, catalog] of catalogs) {
      if (catalog.id === undefined) continue;
      expect(Object.keys(catalog).sort(), name).toEqual(["en", "id"]);
    }
  });
});
