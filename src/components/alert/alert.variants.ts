// Variant classes of Alert. A template rather than cva: the Alert family's budget is 1 kB gzipped
// and cva alone is half of that. The variant is also exposed as data-variant.
export const ALERT_VARIANTS = ["info", "success", "warning", "error", "update"] as const;
export type AlertVariant = (typeof ALERT_VARIANTS)[number];

export function alertVariants({ variant = "info" }: { variant?: AlertVariant } = {}): string {
  return `sui-root sui-alert sui-alert--${variant}`;
}
