import { Card, CardGrid } from "staking-ui";
import { loadPage } from "./load-page.js";

// A server component: components imported straight from the main entry next to a whole page
// rendered through staking-ui/mdx.
export default async function Home() {
  const { frontmatter, Content } = await loadPage("staking-pools.zh.md");
  return (
    <main>
      <h1>{frontmatter.title}</h1>
      <CardGrid>
        <Card emoji=":rocket:" title="Next.js consumer" description="Imported from staking-ui in a server component." />
      </CardGrid>
      <Content />
    </main>
  );
}
