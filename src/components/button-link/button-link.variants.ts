import { cva } from "class-variance-authority";

export const BUTTON_LINK_VARIANTS = ["solid", "outline", "ghost", "link"] as const;
export const BUTTON_LINK_SIZES = ["sm", "md", "lg"] as const;
export type ButtonLinkVariant = (typeof BUTTON_LINK_VARIANTS)[number];
export type ButtonLinkSize = (typeof BUTTON_LINK_SIZES)[number];

export const buttonLinkVariants = cva("sui-root sui-focus-ring sui-button-link", {
  variants: {
    variant: {
      solid: "sui-button-link--solid",
      outline: "sui-button-link--outline",
      ghost: "sui-button-link--ghost",
      link: "sui-button-link--link",
    },
    size: {
      sm: "sui-button-link--sm",
      md: "sui-button-link--md",
      lg: "sui-button-link--lg",
    },
    isSecondary: {
      true: "sui-button-link--secondary",
      false: "",
    },
  },
  defaultVariants: { variant: "solid", size: "md", isSecondary: false },
});
