import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cn } from "../../lib/cn.js";
import { headingTag, type HeadingLevel } from "../../lib/heading.js";
import { Emoji } from "../emoji/emoji.js";

export interface CardProps extends Omit<ComponentPropsWithoutRef<"div">, "title"> {
  /** Heading of the card. */
  title?: ReactNode;
  /** Body text under the title. */
  description?: ReactNode;
  /** A native emoji ("🐟") or a shortcode (":stopwatch:"), shown above the title. */
  emoji?: string;
  /** Level of the title's heading element. Default 3. */
  headingLevel?: HeadingLevel;
  /** Extra content after the description. */
  children?: ReactNode;
}

/** A content card: emoji, title, description and any children. Server-safe. */
export const Card = forwardRef<HTMLDivElement, CardProps>(function Card(
  { title, description, emoji, headingLevel, className, children, ...rest },
  ref,
) {
  const Heading = headingTag("Card", headingLevel, 3);
  return (
    <div ref={ref} data-slot="card" className={cn("sui-root sui-card", className)} {...rest}>
      {typeof emoji === "string" && emoji !== "" ? <Emoji text={emoji} className="sui-card__emoji" /> : null}
      {title != null && title !== "" ? (
        <Heading data-slot="card-title" className="sui-card__title">
          {title}
        </Heading>
      ) : null}
      {description != null && description !== "" ? (
        <p data-slot="card-description" className="sui-card__description">
          {description}
        </p>
      ) : null}
      {children}
    </div>
  );
});
