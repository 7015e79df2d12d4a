import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { act } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { loadServerAndClient, serverRenderAndHydrate, type Library } from "./harness";

const SEEDS = ["staking-pools", "restaking"] as const;
const PAGES = join(dirname(fileURLToPath(import.meta.url)), "../../stories/pages");
const source = (name: string) => readFileSync(join(PAGES, `${name}.zh.md`), "utf8");

let libraries: { server: Library; client: Library };
beforeAll(async () => {
  libraries = await loadServerAndClient();
});

describe("seed pages", () => {
  it.each(SEEDS)("%s renders on the server and hydrates without warnings or errors", async (name) => {
    const text = source(name);
    // Each side compiles the page with its own copy of the library, as a server and a browser would.
    const [serverPage, clientPage] = await Promise.all([
      libraries.server.mdx.evaluatePage(text),
      libraries.client.mdx.evaluatePage(text),
    ]);
    const pages = new Map([
      [libraries.server, serverPage],
      [libraries.client, clientPage],
    ]);
    const result = await serverRenderAndHydrate(libraries, (library) => <library.mdx.StakingPage page={pages.get(library)!} />);
    expect(result.messages).toEqual([]);
    expect(result.recoverable).toEqual([]);
    expect(result.container.querySelector("h1")?.textContent).toBe(serverPage.frontmatter.title);
    expect(result.container.querySelectorAll('[data-slot="unknown-component"]')).toHaveLength(0);
    // Every heading id the page declares is in the hydrated document.
    for (const heading of serverPage.headings) expect(result.container.querySelector(`[id="${heading.id}"]`)).not.toBeNull();
    await act(async () => result.root.unmount());
  });
});
