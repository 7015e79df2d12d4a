"use client";
import { forwardRef, useId, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cn } from "../../../lib/cn.js";

/** Size of every diagram's coordinate space; the SVG scales to its container from it. */
export const DIAGRAM_WIDTH = 480;
export const DIAGRAM_HEIGHT = 324;

export interface DiagramFrameProps extends Omit<ComponentPropsWithoutRef<"div">, "children" | "title"> {
  /** Short accessible name of the picture. */
  title: string;
  /** The same content in words, shown under the picture and linked to it as its description. */
  description: string;
  /** Draws the picture; gets an id prefix that is safe inside `url(#…)` for markers. */
  children: (idPrefix: string) => ReactNode;
}

/**
 * An SVG diagram with its text alternative: `role="img"` named by its <title> and described by the
 * visible paragraph under it, so the picture and the words say the same thing to everyone. The
 * width and height attributes give the box its aspect ratio before layout, so nothing shifts.
 */
export const DiagramFrame = forwardRef<HTMLDivElement, DiagramFrameProps>(function DiagramFrame(
  { title, description, children, className, ...rest },
  ref,
) {
  const reactId = useId();
  // React ids may contain characters that break `url(#id)` references; markers need a plain one.
  const idPrefix = `sui-diagram-${reactId.replace(/[^A-Za-z0-9_-]/g, "")}`;
  const titleId = `${idPrefix}-title`;
  const descriptionId = `${idPrefix}-description`;
  return (
    <div ref={ref} data-slot="diagram" className={cn("sui-diagram", className)} {...rest}>
      <svg
        data-slot="diagram-image"
        className="sui-diagram__image"
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${DIAGRAM_WIDTH} ${DIAGRAM_HEIGHT}`}
        width={DIAGRAM_WIDTH}
        height={DIAGRAM_HEIGHT}
        focusable="false"
      >
        <title id={titleId}>{title}</title>
        <defs>
          <ArrowMarker id={`${idPrefix}-arrow-secure`} variant="secure" />
          <ArrowMarker id={`${idPrefix}-arrow-own`} variant="own" />
        </defs>
        {children(idPrefix)}
      </svg>
      <p id={descriptionId} data-slot="diagram-description" className="sui-diagram__description">
        {description}
      </p>
    </div>
  );
});

function ArrowMarker({ id, variant }: { id: string; variant: "secure" | "own" }) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerWidth="7"
      markerHeight="7"
      markerUnits="strokeWidth"
      orient="auto-start-reverse"
    >
      <path d="M0 0 L10 5 L0 10 z" className={`sui-diagram__arrow sui-diagram__arrow--${variant}`} />
    </marker>
  );
}
