import { forwardRef, type ComponentPropsWithoutRef, type CSSProperties } from "react";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { monogramHue, monogramInitials } from "./monogram-data.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface MonogramProps extends Omit<ComponentPropsWithoutRef<"span">, "children"> {
  /** The name the initials and the colour are derived from, e.g. "EigenLayer" → "EL". */
  name: string;
  /**
   * Accessible name. Without one the monogram is decorative (hidden from assistive technology),
   * which is right when the name is also written next to it.
   */
  label?: string;
}

/**
 * A stand-in logo: the name's initials on a colour picked from a stable hash of the name, so it is
 * the same on every render. Light and dark shades of that hue keep the contrast readable in both
 * themes. Server-safe.
 */
export const Monogram = forwardRef<HTMLSpanElement, MonogramProps>(function Monogram(
  { name, label, className, style, ...rest },
  ref,
) {
  const valid = typeof name === "string" && name.trim() !== "";
  if (!valid) process.env.NODE_ENV !== "production" && devWarn("Monogram", `\`name\` must be a non-empty string; received ${show(name)}.`);
  const text = valid ? name : "";
  const labelled = typeof label === "string" && label !== "";
  return (
    <span
      ref={ref}
      data-slot="monogram"
      className={cn("sui-monogram", className)}
      style={{ "--sui-monogram-hue": monogramHue(text), ...style } as CSSProperties}
      role={labelled ? "img" : undefined}
      aria-label={labelled ? label : undefined}
      aria-hidden={labelled ? undefined : true}
      {...rest}
    >
      {valid ? monogramInitials(text) : "?"}
    </span>
  );
});
