"use client";
import { Fragment, forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import {
  AlertCircleIcon,
  AtIcon,
  ChatIcon,
  ChatsIcon,
  CheckCircleIcon,
  CodeIcon,
  GlobeIcon,
  PlayCircleIcon,
  QuestionCircleIcon,
  SendIcon,
  WarningIcon,
  XCircleIcon,
} from "../../icons/icons.js";
import type { IconComponent } from "../../icons/svg-icon.js";
import { productFlags, resolveAsOf, parseDate, type ProductFlag } from "../../content/flags.js";
import { PRODUCT_CATEGORIES, type FlagState, type ProductCategory, type Socials, type StakingProduct } from "../../content/types.js";
import type { Direction } from "../../i18n/direction.js";
import { formatMessage } from "../../i18n/messages.js";
import { cn } from "../../lib/cn.js";
import { checkOneOf, devWarn, show } from "../../lib/dev-warning.js";
import { headingTag, type HeadingLevel, type HeadingTag } from "../../lib/heading.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { SafeLink } from "../../provider/safe-link.js";
import { ButtonLink } from "../button-link/button-link.js";
import { SOCIAL_KEYS, flagLabel, formatEthAmount, interfaceLabel, labelOf, platformLabel, stateLabel } from "./labels.js";
import { stakingProductCardMessages, type StakingProductCardMessages } from "./messages.js";
import { ProductLogo } from "./product-logo.js";
import { normalizeProduct, productProblem } from "./validate-product.js";

// Bundlers replace `process.env.NODE_ENV` while parsing, so production builds drop every
// development warning together with its text. Declared here to keep @types/node out of the types.
declare const process: { env: Record<string, string | undefined> };

const STATE_ICONS: Readonly<Record<FlagState, IconComponent>> = {
  valid: CheckCircleIcon,
  caution: AlertCircleIcon,
  warning: WarningIcon,
  false: XCircleIcon,
  unknown: QuestionCircleIcon,
};

const SOCIAL_ICONS: Readonly<Record<keyof Socials, IconComponent>> = {
  website: GlobeIcon,
  twitter: AtIcon,
  discord: ChatIcon,
  telegram: SendIcon,
  github: CodeIcon,
  reddit: ChatsIcon,
  youtube: PlayCircleIcon,
};

export interface StakingProductCardProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  /** The product to show. An entry without `id`, `name` or `url`, or with mistyped facts, renders nothing (with a warning). */
  product: StakingProduct;
  /** Category whose flags the card shows: "pools", "saas", "nodeTools" or "keyGen". */
  category: ProductCategory;
  /**
   * Date "battle tested" is measured against (Date or ISO string). Default: the date the library's
   * product data was reviewed (`PRODUCTS_DATA_AS_OF`), never the current time.
   */
  asOf?: Date | string;
  /** Level of the product name's heading. Default 3. */
  headingLevel?: HeadingLevel;
  /** Locale of the card's own strings and numbers. Default: the provider's, else "en". */
  locale?: string;
  /** Text direction. Default: from `locale` (or the provider). */
  dir?: Direction;
  /** Overrides of the card's built-in strings. */
  messages?: Partial<StakingProductCardMessages>;
}

/** Everything the card body needs, resolved: shared by StakingProductCard and the grid. */
export interface ProductCardViewProps extends Omit<ComponentPropsWithoutRef<"div">, "children"> {
  product: StakingProduct;
  category: ProductCategory;
  flags: readonly ProductFlag[];
  headingTag: HeadingTag;
  locale: string;
  messages: StakingProductCardMessages;
}

function minimumText(minEth: number | undefined, locale: string, messages: StakingProductCardMessages): string | undefined {
  if (typeof minEth !== "number" || !Number.isFinite(minEth) || minEth < 0) return undefined;
  if (minEth === 0) return messages.minimumAny;
  return formatMessage(messages.minimumFrom, { amount: formatEthAmount(minEth, locale) });
}

function joinNodes(items: ReactNode[], separator: string): ReactNode {
  return items.map((item, index) => (
    <Fragment key={index}>
      {index > 0 ? separator : null}
      {item}
    </Fragment>
  ));
}

/** The card's markup from resolved inputs. Not exported from the package: use StakingProductCard. */
export const ProductCardView = forwardRef<HTMLDivElement, ProductCardViewProps>(function ProductCardView(
  { product, category, flags, headingTag: Heading, locale, messages, className, ...rest },
  ref,
) {
  const minimum = minimumText(product.minEth, locale, messages);
  const tokens = product.tokens.filter((token) => token.trim() !== "");
  const audits = product.audits;
  const socials = SOCIAL_KEYS.flatMap((key) => {
    const url = product.socials[key];
    return typeof url === "string" && url.trim() !== "" ? [{ key, url, label: formatMessage(labelOf("social", key, messages), { name: product.name }) }] : [];
  });
  return (
    <div
      ref={ref}
      data-slot="staking-product-card"
      data-category={category}
      className={cn("sui-root sui-product-card", className)}
      {...rest}
    >
      <div data-slot="staking-product-card-header" className="sui-product-card__header">
        <ProductLogo name={product.name} logo={product.logo} />
        <div className="sui-product-card__title">
          <Heading data-slot="staking-product-card-name" className="sui-product-card__name">
            {product.name}
          </Heading>
          {minimum !== undefined ? (
            <p data-slot="staking-product-card-minimum" className="sui-product-card__minimum">
              {minimum}
            </p>
          ) : null}
        </div>
      </div>

      {product.platforms.length > 0 || product.interfaces.length > 0 ? (
        <div data-slot="staking-product-card-badges" className="sui-product-card__badges">
          {product.platforms.length > 0 ? (
            <ul aria-label={messages.platformsLabel} role="list" className="sui-product-card__badge-list">
              {product.platforms.map((platform, index) => (
                <li key={`${platform}-${index}`} data-slot="staking-product-card-platform" className="sui-product-card__badge">
                  {platformLabel(platform, messages)}
                </li>
              ))}
            </ul>
          ) : null}
          {product.interfaces.length > 0 ? (
            <ul aria-label={messages.interfacesLabel} role="list" className="sui-product-card__badge-list">
              {product.interfaces.map((ui, index) => (
                <li
                  key={`${ui}-${index}`}
                  data-slot="staking-product-card-interface"
                  className="sui-product-card__badge sui-product-card__badge--interface"
                >
                  {interfaceLabel(ui, messages)}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {flags.length > 0 ? (
        <ul data-slot="staking-product-card-flags" aria-label={messages.flagsLabel} role="list" className="sui-product-card__flags">
          {flags.map((flag) => {
            const Icon = STATE_ICONS[flag.state] ?? QuestionCircleIcon;
            return (
              <li
                key={flag.id}
                data-slot="staking-product-card-flag"
                data-flag={flag.id}
                data-state={flag.state}
                className="sui-product-card__flag"
              >
                <Icon aria-hidden="true" focusable="false" className="sui-product-card__flag-icon" size={18} strokeWidth={2.25} />
                <span className="sui-product-card__flag-label">{flagLabel(flag.id, messages)}</span>
                <span className="sui-visually-hidden"> ({stateLabel(flag.state, messages)})</span>
              </li>
            );
          })}
        </ul>
      ) : null}

      {tokens.length > 0 || audits.length > 0 ? (
        <dl data-slot="staking-product-card-facts" className="sui-product-card__facts">
          {tokens.length > 0 ? (
            <div className="sui-product-card__fact">
              <dt>{messages.tokensLabel}</dt>
              <dd data-slot="staking-product-card-tokens">{tokens.join(messages.listSeparator)}</dd>
            </div>
          ) : null}
          {audits.length > 0 ? (
            <div className="sui-product-card__fact">
              <dt>{messages.auditsLabel}</dt>
              <dd data-slot="staking-product-card-audits">
                {joinNodes(
                  audits.map((audit) => (
                    <SafeLink href={audit.url} componentName="StakingProductCard" className="sui-product-card__audit">
                      {audit.name}
                    </SafeLink>
                  )),
                  messages.listSeparator,
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}

      <div data-slot="staking-product-card-footer" className="sui-product-card__footer">
        <ButtonLink
          href={product.url}
          size="md"
          aria-label={formatMessage(messages.getStartedLabel, { name: product.name })}
          className="sui-product-card__cta"
          data-slot="staking-product-card-cta"
        >
          {messages.getStarted}
        </ButtonLink>
        {socials.length > 0 ? (
          <ul
            data-slot="staking-product-card-socials"
            aria-label={formatMessage(messages.linksLabel, { name: product.name })}
            role="list"
            className="sui-product-card__socials"
          >
            {socials.map(({ key, url, label }) => {
              const Icon = SOCIAL_ICONS[key];
              return (
                <li key={key}>
                  <SafeLink
                    href={url}
                    componentName="StakingProductCard"
                    className="sui-product-card__social"
                    data-social={key}
                    title={label}
                  >
                    <Icon aria-hidden="true" focusable="false" size={18} />
                    <span className="sui-visually-hidden">{label}</span>
                  </SafeLink>
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
});

/**
 * One staking product: logo or monogram, name, minimum stake, platforms, the category's flags
 * (each with an icon and a text, so colour is never the only signal), tokens, audits, a
 * "Get started" link and social links. Every URL goes through SafeLink / safeHref.
 */
export const StakingProductCard = forwardRef<HTMLDivElement, StakingProductCardProps>(function StakingProductCard(
  { product, category, asOf, headingLevel, locale: localeProp, dir, messages: messagesProp, ...rest },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dir);
  const messages = useMessages("StakingProductCard", stakingProductCardMessages, locale, messagesProp);
  if (!checkOneOf("StakingProductCard", "category", category, PRODUCT_CATEGORIES)) return null;
  const problem = productProblem(product);
  if (problem !== undefined) {
    process.env.NODE_ENV !== "production" && devWarn("StakingProductCard", `\`product\` is not rendered: ${problem}.`);
    return null;
  }
  if (process.env.NODE_ENV !== "production" && asOf !== undefined && parseDate(asOf) === undefined) {
    devWarn("StakingProductCard", `\`asOf\` ${show(asOf)} is not a valid date; using the data's review date.`);
  }
  const normalized = normalizeProduct(product as unknown as Record<string, unknown>);
  return (
    <ProductCardView
      ref={ref}
      product={normalized}
      category={category}
      flags={productFlags(normalized, category, { asOf: resolveAsOf(asOf) })}
      headingTag={headingTag("StakingProductCard", headingLevel, 3)}
      locale={locale}
      messages={messages}
      dir={dirAttribute}
      {...rest}
    />
  );
});
