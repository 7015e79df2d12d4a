"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import { restakingPlatformsFor } from "../../content/platforms.js";
import { ExternalLinkIcon } from "../../icons/icons.js";
import type { RestakingPlatform } from "../../content/types.js";
import type { Direction } from "../../i18n/direction.js";
import { formatMessage } from "../../i18n/messages.js";
import { cn } from "../../lib/cn.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { useLocaleDirection, useMessages } from "../../provider/hooks.js";
import { SafeLink } from "../../provider/safe-link.js";
import { restakingListMessages, type RestakingListMessages } from "./messages.js";
import { normalizePlatforms, type ListedPlatform } from "./normalize-platforms.js";
import { PlatformLogo } from "./platform-logo.js";

export interface RestakingListProps extends Omit<ComponentPropsWithoutRef<"ul">, "children" | "dir"> {
  /**
   * The platforms to list. Default: the built-in list (EigenLayer, Symbiotic, Karak, ether.fi)
   * with its kinds and descriptions translated into `locale`. Platforms given here are shown with
   * their own text; malformed entries are skipped with a development warning.
   */
  platforms?: readonly RestakingPlatform[];
  /** Level of each platform name's heading element. Default 3. */
  headingLevel?: HeadingLevel;
  /** Locale of the built-in strings ("en", "zh", "ar"). Default: the provider's locale, else "en". */
  locale?: string;
  /** Text direction. Default: derived from `locale`, else inherited from the page. */
  dir?: Direction;
  /** Overrides for the built-in strings, e.g. `{ visit: "Go to {name}" }`. */
  messages?: Partial<RestakingListMessages>;
}

/**
 * A list of restaking platforms: logo (or monogram), name, kind, description and a link to the
 * platform's site. Rendering `<RestakingList />` with no props shows the built-in platforms.
 */
export const RestakingList = forwardRef<HTMLUListElement, RestakingListProps>(function RestakingList(
  { platforms, headingLevel, locale: localeProp, dir: dirProp, messages: messageOverrides, className, ...rest },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
  const messages = useMessages("RestakingList", restakingListMessages, locale, messageOverrides);
  const Heading = headingTag("RestakingList", headingLevel, 3);
  const listed = normalizePlatforms(platforms === undefined ? restakingPlatformsFor(messages) : platforms);
  if (listed.length === 0) return null;
  return (
    <ul
      ref={ref}
      // Restores list semantics that Safari drops from unstyled (list-style: none) lists.
      role="list"
      data-slot="restaking-list"
      className={cn("sui-root sui-restaking-list", className)}
      dir={dirAttribute}
      {...rest}
    >
      {listed.map((platform) => (
        <PlatformItem key={platform.key} platform={platform} Heading={Heading} visit={messages.visit} />
      ))}
    </ul>
  );
});

interface PlatformItemProps {
  platform: ListedPlatform;
  Heading: ReturnType<typeof headingTag>;
  visit: string;
}

function PlatformItem({ platform, Heading, visit }: PlatformItemProps) {
  return (
    <li data-slot="restaking-list-item" data-platform={platform.id} className="sui-restaking-list__item">
      <PlatformLogo key={platform.logo ?? ""} name={platform.name} src={platform.logo} />
      <div data-slot="restaking-list-body" className="sui-restaking-list__body">
        <Heading data-slot="restaking-list-name" className="sui-restaking-list__name">
          {platform.name}
        </Heading>
        {platform.kind !== undefined ? (
          <p data-slot="restaking-list-kind" className="sui-restaking-list__kind">
            {platform.kind}
          </p>
        ) : null}
        {platform.description !== undefined ? (
          <p data-slot="restaking-list-description" className="sui-restaking-list__description">
            {platform.description}
          </p>
        ) : null}
        {platform.url !== undefined ? (
          <SafeLink
            href={platform.url}
            componentName="RestakingList"
            data-slot="restaking-list-link"
            className="sui-restaking-list__link"
          >
            {formatMessage(visit, { name: platform.name })}
            <ExternalLinkIcon aria-hidden="true" focusable="false" className="sui-restaking-list__link-icon" />
          </SafeLink>
        ) : null}
      </div>
    </li>
  );
}
