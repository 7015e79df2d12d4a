export const CARD_GRID_MIN_COLUMN_WIDTHS = ["sm", "md", "lg"] as const;
export const CARD_GRID_GAPS = ["sm", "md", "lg"] as const;
export type CardGridMinColumnWidth = (typeof CARD_GRID_MIN_COLUMN_WIDTHS)[number];
export type CardGridGap = (typeof CARD_GRID_GAPS)[number];

// The modifier classes (`sui-card-grid--min-md`, `sui-card-grid--gap-md`) only set custom
// properties; the grid rule itself lives in card-grid.css, so a site can also tune
// `--sui-card-grid-min` / `--sui-card-grid-gap` directly. Built by string, not cva: two props with
// three values each do not need a variants library in the page's bundle.
