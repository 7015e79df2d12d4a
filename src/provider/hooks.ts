"use client";
import { useContext } from "react";
import { directionOf, type Direction } from "../i18n/direction.js";
import { resolveMessages, type MessageCatalog } from "../i18n/messages.js";
import { DEV, devWarn, show } from "../lib/dev-warning.js";
import { StakingUIContext, type StakingUIContextValue } from "./context.js";

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
  if (DEV && localeArg !== localeProp) devWarn("useLocaleDirection", `\`locale\` must be a string; received ${show(localeArg)}. It is ignored.`);
  if (DEV && dirArg !== dirProp) devWarn("useLocaleDirection", `unknown \`dir\` ${show(dirArg)}; expected "ltr" or "rtl". It is ignored.`);
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
