// The bench page's React tree, bundled twice by bench/browser.mjs: for Node (server HTML) and for
// the browser (hydrateRoot). "bench:page" is the seed page compiled ahead of time with @mdx-js/mdx and
// the same remark plugins evaluatePage uses, so the browser gets no compiler; the wrapper is what
// evaluatePage's Content renders. browser.mjs checks that the server HTML equals evaluatePage's.
import { useEffect } from "react";
import MDXContent, { locale } from "bench:page";
import { directionOf, StakingUIProvider } from "../../dist/esm/index.js";
import { mdxComponents } from "../../dist/esm/mdx/components.js";

const dir = locale === undefined ? undefined : directionOf(locale);

/** Renders nothing; its effect runs once the whole tree below has hydrated. */
function HydrationMark({ children }) {
  useEffect(() => {
    window.__benchHydrated = performance.now();
  }, []);
  return children;
}

export function App() {
  return (
    <HydrationMark>
      <StakingUIProvider locale={locale} dir={dir}>
        <div data-slot="page-content" className="sui-root sui-prose" lang={locale} dir={dir}>
          <MDXContent components={mdxComponents} />
        </div>
      </StakingUIProvider>
    </HydrationMark>
  );
}
