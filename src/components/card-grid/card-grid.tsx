import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { cn } from "../../lib/cn.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import {
  CARD_GRID_GAPS,
  CARD_GRID_MIN_COLUMN_WIDTHS,
  cardGridVariants,
  type CardGridGap,
  type CardGridMinColumnWidth,
} from "./card-grid.variants.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface CardGridProps extends ComponentPropsWithoutRef<"div"> {
  /**
   * Narrowest a column may get before the grid drops to fewer columns: sm ≈ 12rem, md ≈ 16rem,
   * lg ≈ 20rem. On screens narrower than that there is one full-width column. Default "md".
   */
  minColumnWidth?: CardGridMinColumnWidth;
  /** Space between cards: sm, md or lg. Default "md". */
  gap?: CardGridGap;
}

function pick<T extends string>(prop: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  process.env.NODE_ENV !== "production" && devWarn(
    "CardGrid",
    `unknown \`${prop}\` ${show(value)}; expected one of ${allowed.map((a) => `"${a}"`).join(", ")}. Using "${fallback}".`,
  );
  return fallback;
}

/**
 * A responsive grid of cards: one column on narrow screens, as many columns as fit at the minimum
 * width on wide ones. Server-safe.
 */
export const CardGrid = forwardRef<HTMLDivElement, CardGridProps>(function CardGrid(
  { minColumnWidth, gap, className, ...rest },
  ref,
) {
  const min = pick("minColumnWidth", minColumnWidth, CARD_GRID_MIN_COLUMN_WIDTHS, "md");
  const space = pick("gap", gap, CARD_GRID_GAPS, "md");
  return (
    <div
      ref={ref}
      data-slot="card-grid"
      data-min-column-width={min}
      data-gap={space}
      className={cn(cardGridVariants({ minColumnWidth: min, gap: space }), className)}
      {...rest}
    />
  );
});
