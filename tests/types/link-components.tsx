// Type-level checks, run by `tsc --noEmit` in `npm test`: the router links sites actually have fit
// `linkComponent` without casts, and one that cannot take an `href` string is refused.
import { forwardRef, type AnchorHTMLAttributes, type ReactNode } from "react";
import type { LinkComponentProps } from "../../src/provider/context";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";

// The shape of Next.js's `next/link`: a forwardRef anchor whose `href` also takes an object.
type UrlObject = { pathname?: string; query?: Record<string, string> };
interface NextLinkOwnProps {
  href: string | UrlObject;
  replace?: boolean;
  prefetch?: boolean | null;
}
const NextLikeLink = forwardRef<
  HTMLAnchorElement,
  Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof NextLinkOwnProps> & NextLinkOwnProps & { children?: ReactNode }
>(function NextLikeLink({ href, replace: _replace, prefetch: _prefetch, ...rest }, ref) {
  return <a ref={ref} href={typeof href === "string" ? href : href.pathname} {...rest} />;
});

// A site's own wrapper around a router link taking `to`: everything else spreads through.
const ToLink = forwardRef<HTMLAnchorElement, { to: string } & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href">>(
  function ToLink({ to, ...rest }, ref) {
    return <a ref={ref} href={to} {...rest} />;
  },
);
const WrappedRouterLink = forwardRef<HTMLAnchorElement, LinkComponentProps>(function WrappedRouterLink({ href, ...rest }, ref) {
  return <ToLink ref={ref} to={href} {...rest} />;
});

function PlainFunctionLink({ href, children, className }: { href: string; children?: ReactNode; className?: string }) {
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}

function NumberHrefLink({ href }: { href: number }) {
  return <a href={String(href)} />;
}

export const accepted = [
  <StakingUIProvider key="next" linkComponent={NextLikeLink} />,
  <StakingUIProvider key="wrapped" linkComponent={WrappedRouterLink} />,
  <StakingUIProvider key="plain" linkComponent={PlainFunctionLink} />,
];

// @ts-expect-error: a link whose `href` is a number cannot take the library's string paths.
export const refused = <StakingUIProvider linkComponent={NumberHrefLink} />;
