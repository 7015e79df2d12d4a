import { forwardRef, type ComponentPropsWithoutRef, type ForwardRefExoticComponent, type RefAttributes } from "react";
import { cn } from "../lib/cn.js";

// Checked inline rather than through a shared constant, so production bundles drop the names.
declare const process: { env: Record<string, string | undefined> };

export interface SvgIconProps extends ComponentPropsWithoutRef<"svg"> {
  /** Width and height: a number of pixels or any CSS length ("1em"). Default 24. */
  size?: number | string;
}

/** An icon component: an SvgIcon with its drawing, forwarding its ref to the `<svg>`. */
export type IconComponent = ForwardRefExoticComponent<SvgIconProps & RefAttributes<SVGSVGElement>>;

/**
 * The frame every built-in icon is drawn in: a 24×24 view box, strokes in `currentColor` (so icons
 * take the text colour, dark mode and forced colours included) with round caps and joins.
 * Decorative by default (`aria-hidden`, not focusable); pass `aria-hidden={false}` and an
 * `aria-label` for an icon that means something on its own. Server-safe: no hooks.
 */
export const SvgIcon = forwardRef<SVGSVGElement, SvgIconProps>(function SvgIcon(
  { size = 24, className, children, ...rest },
  ref,
) {
  return (
    <svg
      ref={ref}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-slot="icon"
      className={cn("sui-icon", className)}
      {...rest}
    >
      {children}
    </svg>
  );
});

/**
 * An icon drawn by one path (`d`, in the 24×24 view box), inside a ring of radius 9 when `ringed`.
 * `name` becomes its class, `sui-icon-<name>`, so a site can tell icons apart in CSS.
 */
export function createIcon(name: string, d: string, ringed?: boolean): IconComponent {
  const Icon = forwardRef<SVGSVGElement, SvgIconProps>(function Icon({ className, ...rest }, ref) {
    return (
      <SvgIcon ref={ref} className={cn(`sui-icon-${name}`, className)} {...rest}>
        {ringed ? <circle cx="12" cy="12" r="9" /> : null}
        <path d={d} />
      </SvgIcon>
    );
  });
  if (process.env.NODE_ENV !== "production") Icon.displayName = `Icon(${name})`;
  return Icon;
}
