// Variant classes of ButtonLink. Written as a template rather than with cva: ButtonLink's budget
// is 1 kB gzipped and cva alone is half of that. The same state is also exposed as data-variant,
// data-size and data-secondary for sites that style by attribute.
export const BUTTON_LINK_VARIANTS = ["solid", "outline", "ghost", "link"] as const;
export const BUTTON_LINK_SIZES = ["sm", "md", "lg"] as const;
export type ButtonLinkVariant = (typeof BUTTON_LINK_VARIANTS)[number];
export type ButtonLinkSize = (typeof BUTTON_LINK_SIZES)[number];

export interface ButtonLinkVariantProps {
  variant?: ButtonLinkVariant;
  size?: ButtonLinkSize;
  isSecondary?: boolean;
}

export function buttonLinkVariants({ variant = "solid", size = "md", isSecondary = false }: ButtonLinkVariantProps = {}): string {
  const base = "sui-button-link";
  return `sui-root sui-focus-ring ${base} ${base}--${variant} ${base}--${size}${isSecondary ? ` ${base}--secondary` : ""}`;
}
