"use client";
import Link from "next/link";
import { StakingUIProvider } from "staking-ui";

// The provider is set up in a client module of the site's own: a server component may pass
// Next's Link (a client component) to it, but not a function such as `resolveHref`.
// Site paths get the locale prefix and lose the trailing slash, as this site's routes are written.
const resolveHref = (path) => `/zh${path.replace(/(.)\/$/, "$1")}`;

export function Providers({ children }) {
  return (
    <StakingUIProvider locale="zh" linkComponent={Link} resolveHref={resolveHref}>
      {children}
    </StakingUIProvider>
  );
}
