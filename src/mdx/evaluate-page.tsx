import type { ComponentPropsWithoutRef, ComponentType } from "react";
import { directionOf } from "../i18n/direction.js";
import { cn } from "../lib/cn.js";
import { devWarn } from "../lib/dev-warning.js";
import { StakingUIProvider } from "../provider/staking-ui-provider.js";
import { remarkCollectComponents, type UsedComponent } from "./component-names.js";
import { mdxComponents, type MdxComponents } from "./components.js";
import { remarkEmojiAttributes, shortcodeResolver } from "./emoji-attributes.js";
import { parseFrontmatter, splitFrontmatter, type PageFrontmatter } from "./frontmatter.js";
import { preprocessHeadingIds, remarkHeadingIds, type PageHeading } from "./heading-ids.js";
import { remarkHtmlTagsToComponents } from "./html-tags.js";
import { pageLocales } from "./locales.js";
import { PageError, toPageError } from "./page-error.js";
import { checkPageSource, remarkContentSafety } from "./safety.js";
import { placeholderFor } from "./placeholder.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

export interface EvaluatePageOptions {
  /** Locale the page renders in. Default: the frontmatter's `lang`, else the surrounding provider's. */
  locale?: string;
  /**
   * What to do with a tag that has no component: render a visible placeholder naming it, with its
   * children inside, and warn in development ("placeholder", the default), or reject ("throw").
   */
  onUnknownComponent?: "placeholder" | "throw";
  /** Extra or replacement components, merged over `mdxComponents`. */
  components?: MdxComponents;
}

export interface PageContentProps extends ComponentPropsWithoutRef<"div"> {
  /** Components merged over the ones the page was evaluated with. */
  components?: MdxComponents;
}

export interface EvaluatedPage {
  /** The parsed YAML frontmatter; a `:shortcode:` `emoji` is already resolved. */
  frontmatter: PageFrontmatter;
  /** Every heading of the page, in order, with the id it renders with. */
  headings: PageHeading[];
  /** The locale the content renders in, when known. */
  locale: string | undefined;
  /** Renders the page body inside a StakingUIProvider for its locale and direction. */
  Content: ComponentType<PageContentProps>;
}

/**
 * Compiles and runs a staking page written in MDX/Markdown with YAML frontmatter — ethereum.org's
 * format, `## Title {#id}` headings included — and returns its frontmatter, outline and content.
 *
 * Content cannot run code (see `./safety.ts`): `import`/`export` and expressions other than literal
 * values reject, as does source that is too large or too deeply nested; scripts, frames, event
 * handlers and unsafe URLs are removed. Malformed source rejects with a {@link PageError} naming
 * the line and column.
 */
export async function evaluatePage(source: string, options: EvaluatePageOptions = {}): Promise<EvaluatedPage> {
  if (typeof source !== "string") throw new TypeError("evaluatePage: `source` must be a string.");
  checkPageSource(source);
  if (options.onUnknownComponent !== undefined && options.onUnknownComponent !== "placeholder" && options.onUnknownComponent !== "throw") {
    process.env.NODE_ENV !== "production" && devWarn(
      "evaluatePage",
      `unknown \`onUnknownComponent\` ${JSON.stringify(options.onUnknownComponent)}; expected "placeholder" or "throw". Using "placeholder".`,
    );
  }
  const { yaml, yamlLine, body } = splitFrontmatter(source);
  const frontmatter = parseFrontmatter(yaml, yamlLine);
  if (typeof frontmatter.emoji === "string") frontmatter.emoji = (await shortcodeResolver())(frontmatter.emoji);

  let headings: PageHeading[] = [];
  let used: UsedComponent[] = [];
  // Loaded here, not at the top, so sites that only take `mdxComponents` never load the compiler.
  const [{ evaluate }, { default: remarkGfm }, runtime] = await Promise.all([
    import("@mdx-js/mdx"),
    import("remark-gfm"),
    import("react/jsx-runtime"),
  ]);
  let MDXContent: ComponentType<{ components?: MdxComponents }>;
  try {
    const compiled = await evaluate(preprocessHeadingIds(body), {
      Fragment: runtime.Fragment,
      jsx: runtime.jsx,
      jsxs: runtime.jsxs,
      remarkPlugins: [
        remarkGfm,
        remarkContentSafety,
        [remarkHeadingIds, { onHeadings: (found: PageHeading[]) => (headings = found) }],
        remarkEmojiAttributes,
        remarkHtmlTagsToComponents,
        [remarkCollectComponents, { onComponents: (found: UsedComponent[]) => (used = found) }],
      ],
    });
    MDXContent = compiled.default as ComponentType<{ components?: MdxComponents }>;
  } catch (error) {
    throw toPageError(error);
  }

  const components: MdxComponents = { ...mdxComponents, ...options.components };
  for (const tag of used) {
    if (Object.hasOwn(components, tag.name)) continue;
    if (options.onUnknownComponent === "throw") {
      throw new PageError(`Unknown component <${tag.name}>: pass it in \`components\``, tag.line, tag.column);
    }
    components[tag.name] = placeholderFor(tag.name);
  }

  const locale = options.locale ?? (typeof frontmatter.lang === "string" && frontmatter.lang !== "" ? frontmatter.lang : undefined);
  const dir = locale === undefined ? undefined : directionOf(locale);
  const packs = pageLocales(locale);

  function Content({ components: extra, className, ...rest }: PageContentProps) {
    return (
      <StakingUIProvider locale={locale} dir={dir} locales={packs}>
        <div data-slot="page-content" className={cn("sui-root sui-prose", className)} lang={locale} dir={dir} {...rest}>
          <MDXContent components={extra ? { ...components, ...extra } : components} />
        </div>
      </StakingUIProvider>
    );
  }
  Content.displayName = "PageContent";

  return { frontmatter, headings, locale, Content };
}
