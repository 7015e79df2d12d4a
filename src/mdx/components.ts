import type { ElementType } from "react";
import { Alert, AlertContent, AlertDescription, AlertEmoji, AlertTitle } from "../components/alert/alert.js";
import { ButtonLink } from "../components/button-link/button-link.js";
import { Card } from "../components/card/card.js";
import { CardGrid } from "../components/card-grid/card-grid.js";
import { ExpandableCard } from "../components/expandable-card/expandable-card.js";
import { ProductDisclaimer } from "../components/product-disclaimer/product-disclaimer.js";
import { RestakingList } from "../components/restaking-list/restaking-list.js";
import { StakingComparison } from "../components/staking-comparison/staking-comparison.js";
import { StakingConsiderations } from "../components/staking-considerations/staking-considerations.js";
import { StakingProductsCardGrid } from "../components/staking-products-card-grid/staking-products-card-grid.js";
import { TabbedSection } from "../components/tabbed-section/tabbed-section.js";
import { YouTube } from "../components/youtube/youtube.js";
import { markdownElements } from "./elements/index.js";
// The map renders pages in any locale: its import brings the locale packs (a declared side effect).
import "./locales.js";

/** A tag → component map as MDX takes it (`components` prop, `useMDXComponents`, next-mdx-remote). */
export type MdxComponents = Record<string, ElementType>;

/**
 * Every tag ethereum.org's staking pages use, mapped to its staking-ui component, plus the styled
 * Markdown elements (headings with anchors, safe links and images, scrollable tables, …).
 * Hand it to any MDX pipeline; pages must also be given heading ids (see `remarkHeadingIds`).
 */
export const mdxComponents = {
  ...markdownElements,
  // Primitives
  Card,
  CardGrid,
  ExpandableCard,
  Alert,
  AlertEmoji,
  AlertContent,
  AlertTitle,
  AlertDescription,
  ButtonLink,
  YouTube,
  // Staking components
  StakingComparison,
  StakingConsiderations,
  StakingProductsCardGrid,
  ProductDisclaimer,
  RestakingList,
  TabbedSection,
} satisfies MdxComponents;
