import { cva } from "class-variance-authority";

export const CARD_GRID_MIN_COLUMN_WIDTHS = ["sm", "md", "lg"] as const;
export const CARD_GRID_GAPS = ["sm", "md", "lg"] as const;
export type CardGridMinColumnWidth = (typeof CARD_GRID_MIN_COLUMN_WIDTHS)[number];
export type CardGridGap = (typeof CARD_GRID_GAPS)[number];

// The classes only set custom properties; the grid rule itself lives in card-grid.css, so a site
// can also tune `--sui-card-grid-min` / `--sui-card-grid-gap` directly.
export const cardGridVariants = cva("sui-root sui-card-grid", {
  variants: {
    minColumnWidth: {
      sm: "sui-card-grid--min-sm",
      md: "sui-card-grid--min-md",
      lg: "sui-card-grid--min-lg",
    },
    gap: {
      sm: "sui-card-grid--gap-sm",
      md: "sui-card-grid--gap-md",
      lg: "sui-card-grid--gap-lg",
    },
  },
  defaultVariants: { minColumnWidth: "md", gap: "md" },
});
