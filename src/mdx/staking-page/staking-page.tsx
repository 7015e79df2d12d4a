"use client";
import { forwardRef, useEffect, useId, useRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { ButtonLink } from "../../components/button-link/button-link.js";
import { Emoji } from "../../components/emoji/emoji.js";
import type { Direction } from "../../i18n/direction.js";
import { cn } from "../../lib/cn.js";
import { revealWithin } from "../../lib/reveal-within.js";
import { devWarn, show } from "../../lib/dev-warning.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import type { EvaluatedPage } from "../evaluate-page.js";
import { buttonsOf, summaryPointsOf, type PageFrontmatter } from "../frontmatter.js";
import type { PageHeading } from "../heading-ids.js";
import { stakingPageMessages, type StakingPageMessages } from "./messages.js";
import { buildToc, type TocEntry } from "./toc.js";
import { useCurrentSection } from "./use-current-section.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface StakingPageProps extends Omit<ComponentPropsWithoutRef<"article">, "title"> {
  /** A page from `evaluatePage`: supplies the frontmatter, the headings and (without children) the content. */
  page?: EvaluatedPage;
  /** Frontmatter for the header (emoji, title, description, summary points, buttons). Overrides `page`'s. */
  frontmatter?: PageFrontmatter;
  /** The outline for the table of contents (levels 2 and 3 are listed). Overrides `page`'s. */
  headings?: readonly PageHeading[];
  /** Locale of the layout's own strings. Default: the frontmatter's `lang`, else the provider's. */
  locale?: string;
  /** Text direction. Default: derived from the locale. */
  dir?: Direction;
  /** Overrides of the built-in strings. */
  messages?: Partial<StakingPageMessages>;
  /** The page body. Default: `<page.Content />`. Pass it explicitly from React Server Components. */
  children?: ReactNode;
}

/**
 * The layout of a staking page: a header from the frontmatter, a table of contents from the
 * headings, and the content. The contents sit beside the text on wide containers and above it on
 * narrow ones; everything is laid out with logical properties, so right-to-left pages mirror.
 */
export const StakingPage = forwardRef<HTMLElement, StakingPageProps>(function StakingPage(
  { page, frontmatter: frontmatterProp, headings: headingsProp, locale: localeProp, dir, messages, className, children, ...rest },
  ref,
) {
  // Data from a CMS can be anything: a frontmatter that is not an object and outline entries that
  // are not headings are left out (with a warning) instead of taking the page down.
  const frontmatterValue: unknown = frontmatterProp ?? page?.frontmatter ?? {};
  const frontmatter = (typeof frontmatterValue === "object" && frontmatterValue !== null ? frontmatterValue : {}) as PageFrontmatter;
  const headingsValue: unknown = headingsProp ?? page?.headings ?? [];
  const headings = (Array.isArray(headingsValue) ? headingsValue : []).filter(
    (heading: unknown): heading is PageHeading =>
      typeof heading === "object" && heading !== null && typeof (heading as PageHeading).id === "string" &&
      typeof (heading as PageHeading).text === "string" && typeof (heading as PageHeading).level === "number",
  );
  if (process.env.NODE_ENV !== "production" && frontmatter !== frontmatterValue) devWarn("StakingPage", `\`frontmatter\` must be an object; received ${show(frontmatterValue)}.`);
  if (process.env.NODE_ENV !== "production" && (!Array.isArray(headingsValue) || headings.length !== headingsValue.length)) {
    devWarn("StakingPage", "`headings` must be a list of { id, text, level }; other entries are left out of the contents.");
  }
  const pageLocale = localeProp ?? (typeof frontmatter.lang === "string" && frontmatter.lang !== "" ? frontmatter.lang : page?.locale);
  const { locale, dirAttribute } = useLocaleDirection(pageLocale, dir);
  // A `locale` of the wrong type is ignored (with a warning from useLocaleDirection), not written out.
  const lang = typeof pageLocale === "string" ? pageLocale : undefined;
  const text = useMessages("StakingPage", stakingPageMessages, locale, messages);
  const tocTitleId = useId();

  if (page === undefined && children === undefined) {
    process.env.NODE_ENV !== "production" && devWarn("StakingPage", "needs a `page` (from evaluatePage) or `children`; only the header is rendered.");
  }
  const Content = page?.Content;
  const title = typeof frontmatter.title === "string" ? frontmatter.title : undefined;
  const description = typeof frontmatter.description === "string" ? frontmatter.description : undefined;
  const emoji = typeof frontmatter.emoji === "string" && frontmatter.emoji.trim() !== "" ? frontmatter.emoji : undefined;
  const summaryPoints = summaryPointsOf(frontmatter);
  const buttons = buttonsOf(frontmatter);
  const ids = new Set(headings.map((heading) => heading.id));
  const toc = buildToc(headings);
  const tocRef = useRef<HTMLElement | null>(null);
  const currentSection = useCurrentSection(listedIds(toc), tocRef);
  // On wide screens the contents stick beside the text and scroll on their own when long: keep
  // the marked entry in sight there.
  useEffect(() => {
    const nav = tocRef.current;
    const marked = nav?.querySelector<HTMLElement>('[aria-current="location"]');
    if (nav && marked) revealWithin(nav, marked);
  }, [currentSection]);

  return (
    <article
      ref={ref}
      data-slot="staking-page"
      className={cn("sui-root sui-page", className)}
      dir={dirAttribute}
      lang={lang}
      {...rest}
    >
      <header data-slot="page-header" className="sui-page__header">
        {emoji ? <Emoji text={emoji} className="sui-page__emoji" /> : null}
        {title ? (
          <h1 data-slot="page-title" className="sui-page__title">
            {title}
          </h1>
        ) : null}
        {description ? (
          <p data-slot="page-description" className="sui-page__description">
            {description}
          </p>
        ) : null}
        {summaryPoints.length > 0 ? (
          <ul data-slot="page-summary" className="sui-page__summary" aria-label={text.summary}>
            {summaryPoints.map((point) => (
              <li key={point} data-slot="page-summary-point" className="sui-page__summary-point">
                {point}
              </li>
            ))}
          </ul>
        ) : null}
        {buttons.length > 0 ? (
          <div data-slot="page-buttons" className="sui-page__buttons">
            {buttons.map((button, index) => {
              if (typeof button.toId === "string" && headings.length > 0 && !ids.has(button.toId)) {
                process.env.NODE_ENV !== "production" && devWarn("StakingPage", `\`buttons[${index}].toId\` ${show(button.toId)} matches no heading id.`);
              }
              return (
                <ButtonLink
                  key={`${button.content}-${index}`}
                  href={typeof button.toId === "string" ? `#${button.toId}` : button.href}
                  isSecondary={button.isSecondary === true || (button.isSecondary === undefined && index > 0)}
                >
                  {button.content}
                </ButtonLink>
              );
            })}
          </div>
        ) : null}
      </header>
      <div data-slot="page-body" className="sui-page__body">
        {toc.length > 0 ? (
          <nav ref={tocRef} data-slot="page-toc" className="sui-page__toc" aria-labelledby={tocTitleId}>
            <div id={tocTitleId} data-slot="page-toc-title" className="sui-page__toc-title">
              {text.tableOfContents}
            </div>
            <TocList entries={toc} current={currentSection} />
          </nav>
        ) : null}
        <div data-slot="page-main" className="sui-page__main">
          {children ?? (Content ? <Content /> : null)}
        </div>
      </div>
    </article>
  );
});

/** The ids the contents list, in page order. */
function listedIds(entries: readonly TocEntry[]): string[] {
  return entries.flatMap(({ heading, children }) => [heading.id, ...listedIds(children)]);
}

function TocList({ entries, current }: { entries: TocEntry[]; current: string | undefined }) {
  return (
    <ol data-slot="page-toc-list" className="sui-page__toc-list">
      {entries.map(({ heading, children }) => (
        <li key={heading.id} data-slot="page-toc-item" data-level={heading.level} className="sui-page__toc-item">
          <a
            href={`#${heading.id}`}
            data-slot="page-toc-link"
            className="sui-page__toc-link"
            // The section being read, announced as such and marked by weight as well as colour.
            aria-current={heading.id === current ? "location" : undefined}
          >
            {heading.text}
          </a>
          {children.length > 0 ? <TocList entries={children} current={current} /> : null}
        </li>
      ))}
    </ol>
  );
}
