// Where the pages' internal links lead once resolveHref has mapped them: a page of this site.
export default async function Internal({ params }) {
  const { slug } = await params;
  return (
    <main>
      <h1 data-internal-page={slug.join("/")}>{slug.join(" / ")}</h1>
    </main>
  );
}
