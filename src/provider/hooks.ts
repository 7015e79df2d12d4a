"use client";
import { useContext } from "react";
import { directionOf, type Direction } from "../i18n/direction.js";
import { resolveMessages, textLanguageOf, type MessageCatalog } from "../i18n/messages.js";
import { devWarn, show } from "../lib/dev-warning.js";
import { StakingUIContext, type StakingUIContextValue } from "./context.js";

// Checked inline rather than through a shared constant: bundlers fold this expression while
// parsing the module, so production bundles lose the warnings and the helpers they call (every
// component reads these hooks, so the helpers would otherwise ship with each of them).
declare const process: { env: Record<string, string | undefined> };

export function useStakingUI(): StakingUIContextValue {
  return useContext(StakingUIContext);
}

/**
 * The locale and direction a component renders in, and the `dir` attribute for its root: set when a
 * provider or the component's own `locale` says so, so an Arabic block is right-to-left even inside
 * a left-to-right page; left unset otherwise so the component inherits its page's direction.
 */
export function useLocaleDirection(localeArg?: string, dirArg?: Direction) {
  const context = useStakingUI();
  // Props of the wrong type act as if they were not given (they would throw in directionOf or in
  // React's attribute handling).
  const localeProp = typeof localeArg === "string" ? localeArg : undefined;
  const dirProp = dirArg === "ltr" || dirArg === "rtl" ? dirArg : undefined;
  if (process.env.NODE_ENV !== "production" && localeArg !== localeProp) devWarn("useLocaleDirection", `\`locale\` must be a string; received ${show(localeArg)}. It is ignored.`);
  if (process.env.NODE_ENV !== "production" && dirArg !== dirProp) devWarn("useLocaleDirection", `unknown \`dir\` ${show(dirArg)}; expected "ltr" or "rtl". It is ignored.`);
  const locale = localeProp ?? context.locale;
  const dir: Direction = dirProp ?? (localeProp ? directionOf(localeProp) : context.dir);
  const dirAttribute = dirProp || localeProp || context.hasProvider ? dir : undefined;
  return { locale, dir, dirAttribute };
}

/** A component's messages in the current locale with provider and per-component overrides applied. */
export function useMessages<M extends Record<string, string>>(
  component: string,
  catalog: MessageCatalog<M>,
  locale: string,
  override?: Partial<M>,
): M {
  const context = useStakingUI();
  return resolveMessages(component, catalog, locale, [context.messages[component] as Partial<M> | undefined, override], context.locales);
}

/**
 * The `lang` for a component given its own `locale` prop: the language its built-in text is
 * actually shown in ("en" when that locale's pack is missing), so screen readers switch voice.
 * Undefined without the prop: the component then shares its page's language.
 */
export function useTextLanguage(localeProp: string | undefined): string | undefined {
  const context = useStakingUI();
  return localeProp !== undefined ? textLanguageOf(localeProp, context.locales) : undefined;
}
