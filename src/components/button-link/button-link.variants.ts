// ButtonLink's variants. They are styled by attribute (data-variant, data-size, data-secondary),
// the same attributes a site can style by, so no class-building code ships: ButtonLink's budget is
// 1 kB gzipped.
export const BUTTON_LINK_VARIANTS = ["solid", "outline", "ghost", "link"] as const;
export const BUTTON_LINK_SIZES = ["sm", "md", "lg"] as const;
export type ButtonLinkVariant = (typeof BUTTON_LINK_VARIANTS)[number];
export type ButtonLinkSize = (typeof BUTTON_LINK_SIZES)[number];
