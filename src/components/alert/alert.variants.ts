import { cva } from "class-variance-authority";

export const ALERT_VARIANTS = ["info", "success", "warning", "error", "update"] as const;
export type AlertVariant = (typeof ALERT_VARIANTS)[number];

export const alertVariants = cva("sui-root sui-alert", {
  variants: {
    variant: {
      info: "sui-alert--info",
      success: "sui-alert--success",
      warning: "sui-alert--warning",
      error: "sui-alert--error",
      update: "sui-alert--update",
    },
  },
  defaultVariants: { variant: "info" },
});
