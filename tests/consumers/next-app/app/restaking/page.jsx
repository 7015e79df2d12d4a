import { loadPage } from "../load-page.js";

export default async function Restaking() {
  const { frontmatter, Content } = await loadPage("restaking.zh.md");
  return (
    <main>
      <h1>{frontmatter.title}</h1>
      <Content />
    </main>
  );
}
