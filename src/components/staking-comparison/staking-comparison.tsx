"use client";
import { forwardRef, useId, type ComponentPropsWithoutRef, type CSSProperties } from "react";
import { otherStakingOptions } from "../../content/options.js";
import { STAKING_OPTION_IDS, type StakingOptionId } from "../../content/types.js";
import type { Direction } from "../../i18n/direction.js";
import { formatMessage } from "../../i18n/messages.js";
import { cn } from "../../lib/cn.js";
import { checkOneOf } from "../../lib/dev-warning.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { useLocaleDirection, useMessages, useTextLanguage } from "../../provider/hooks.js";
import { SafeLink } from "../../provider/safe-link.js";
import { stakingComparisonMessages, type StakingComparisonMessages } from "./messages.js";

export interface StakingComparisonProps extends Omit<ComponentPropsWithoutRef<"section">, "dir"> {
  /** The page it sits on: the component compares the other two options with this one. */
  page: StakingOptionId;
  /** Level of the section heading; each option's title is one level below. Default 2. */
  headingLevel?: HeadingLevel;
  /** Called with the option's id when the reader follows one of its links (for analytics). */
  onOptionClick?: (optionId: StakingOptionId) => void;
  /** Locale of the built-in text. Default: the provider's locale. */
  locale?: string;
  /** Text direction. Default: from `locale`, else the provider's. */
  dir?: Direction;
  /** Overrides for any built-in string: the heading, link text, sentences, option titles. */
  messages?: Partial<StakingComparisonMessages>;
}

/**
 * How the other two staking options compare with the one a page is about: for each, its icon, its
 * title in the option's accent colour, one sentence of comparison and a link to its page.
 */
export const StakingComparison = forwardRef<HTMLElement, StakingComparisonProps>(function StakingComparison(
  { page, headingLevel, onOptionClick, locale: localeProp, dir: dirProp, messages: messagesProp, className, ...rest },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
  const text = useMessages("StakingComparison", stakingComparisonMessages, locale, messagesProp);
  const headingId = `${useId()}-heading`;
  // A block in another language than its page says so, so screen readers switch voice.
  const lang = useTextLanguage(localeProp);
  if (!checkOneOf("StakingComparison", "page", page, STAKING_OPTION_IDS)) return null;

  const Heading = headingTag("StakingComparison", headingLevel, 2);
  const ItemHeading = `h${Math.min(Number(Heading.slice(1)) + 1, 6)}` as typeof Heading;

  return (
    <section
      ref={ref}
      data-slot="staking-comparison"
      data-page={page}
      aria-labelledby={headingId}
      dir={dirAttribute}
      lang={lang}
      className={cn("sui-root sui-comparison", className)}
      {...rest}
    >
      <Heading id={headingId} data-slot="staking-comparison-heading" className="sui-comparison__heading">
        {text.heading}
      </Heading>
      <ul data-slot="staking-comparison-list" className="sui-comparison__list">
        {otherStakingOptions(page).map(({ id, icon: Icon, accentColor, href }) => {
          const title = text[`${id}.title`];
          return (
            <li
              key={id}
              data-slot="staking-comparison-item"
              data-option={id}
              className="sui-comparison__item"
              style={{ "--sui-comparison-accent": accentColor } as CSSProperties}
            >
              <Icon aria-hidden="true" focusable="false" data-slot="staking-comparison-icon" className="sui-comparison__icon" />
              <div data-slot="staking-comparison-body" className="sui-comparison__body">
                <ItemHeading data-slot="staking-comparison-title" className="sui-comparison__title">
                  {title}
                </ItemHeading>
                <p data-slot="staking-comparison-description" className="sui-comparison__description">
                  {text[`compare.${page}.${id}` as keyof StakingComparisonMessages]}
                </p>
                <SafeLink
                  href={href}
                  componentName="StakingComparison"
                  data-slot="staking-comparison-link"
                  className="sui-comparison__link"
                  onClick={onOptionClick ? () => onOptionClick(id) : undefined}
                >
                  {formatMessage(text.learnMore, { option: title })}
                </SafeLink>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
