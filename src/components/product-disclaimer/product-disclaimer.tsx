"use client";
import { forwardRef } from "react";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { Alert, AlertContent, AlertDescription, AlertEmoji, type AlertProps } from "../alert/alert.js";
import { productDisclaimerMessages, type ProductDisclaimerMessages } from "./messages.js";

export interface ProductDisclaimerProps extends Omit<AlertProps, "children" | "variant"> {
  /** Locale of the disclaimer text. Default: the provider's, else "en". */
  locale?: string;
  /** Text direction. Default: from `locale` (or the provider). */
  dir?: Direction;
  /** Overrides of the built-in text, e.g. `{ text: "…" }`. */
  messages?: Partial<ProductDisclaimerMessages>;
}

/**
 * A warning placed above lists of staking products: being listed is not an endorsement, and
 * readers should do their own research. The text is the library's own, in en, zh and ar.
 */
export const ProductDisclaimer = forwardRef<HTMLDivElement, ProductDisclaimerProps>(function ProductDisclaimer(
  { locale: localeProp, dir, messages: messagesProp, className, ...rest },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dir);
  const messages = useMessages("ProductDisclaimer", productDisclaimerMessages, locale, messagesProp);
  return (
    <Alert
      ref={ref}
      variant="warning"
      dir={dirAttribute}
      data-slot="product-disclaimer"
      className={cn("sui-product-disclaimer", className)}
      {...rest}
    >
      <AlertEmoji text="⚠️" />
      <AlertContent>
        <AlertDescription data-slot="product-disclaimer-text">{messages.text}</AlertDescription>
      </AlertContent>
    </Alert>
  );
});
