// Pages come in any of the library's locales, so this entry brings every locale pack along (the
// MDX compiler dwarfs them) and registers them when it loads: `staking-ui/mdx` renders Chinese and
// Arabic pages without a further import. Listed in package.json "sideEffects" for that reason.
import { languageOf, registerLocale, type LocalePack } from "../i18n/locale-registry.js";
import { ar } from "../locales/ar/index.js";
import { zh } from "../locales/zh/index.js";

const PACKS: readonly LocalePack[] = [zh, ar];

registerLocale(...PACKS);

/**
 * The packs for a page's locale, for the page's own provider: in a React Server Components app the
 * registration above happens on the server only, while the provider's `locales` (plain data)
 * reaches the client components too. Undefined when the locale needs none.
 */
export function pageLocales(locale: string | undefined): LocalePack[] | undefined {
  const packs = PACKS.filter((pack) => languageOf(pack.locale) === languageOf(locale));
  return packs.length > 0 ? packs : undefined;
}
