// Server render + client hydration inside one jsdom test, done the way a real app does it: the
// library is evaluated twice, once with no DOM (as on a server: Radix and our layout effects pick
// their server branch at module load) and once with the DOM, and React DOM hydrates the server
// HTML with the client copy. Every console.error / console.warn of either side is captured.
import { StrictMode, act, type ReactElement } from "react";
import { hydrateRoot, type Root } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { vi } from "vitest";

export type Library = typeof import("../../src/index") & {
  mdx: typeof import("../../src/mdx/index");
  registerEmojiShortcodes: () => void;
};

const DOM_GLOBALS = ["document", "window", "navigator"] as const;

/** Runs `work` with the DOM globals removed, as on a server. */
export async function withoutDom<T>(work: () => T | Promise<T>): Promise<T> {
  const saved = DOM_GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const [name] of saved) Reflect.deleteProperty(globalThis, name);
  try {
    return await work();
  } finally {
    for (const [name, descriptor] of saved) if (descriptor) Object.defineProperty(globalThis, name, descriptor);
  }
}

async function loadLibrary(): Promise<Library> {
  const [main, mdx, emoji] = await Promise.all([
    import("../../src/index"),
    import("../../src/mdx/index"),
    import("../../src/emoji/index"),
  ]);
  return { ...main, mdx, registerEmojiShortcodes: emoji.registerEmojiShortcodes };
}

/** A server copy of the library (evaluated without DOM) and a separate client copy. */
export async function loadServerAndClient(): Promise<{ server: Library; client: Library }> {
  vi.resetModules();
  const server = await withoutDom(loadLibrary);
  vi.resetModules();
  const client = await loadLibrary();
  return { server, client };
}

export interface Hydrated {
  container: HTMLElement;
  html: string;
  /** Everything either render printed through console.error or console.warn. */
  messages: string[];
  /** Errors React reported while hydrating (mismatches are reported here in React 19). */
  recoverable: string[];
  root: Root;
}

/**
 * Renders `build(server)` to HTML with no DOM, puts the HTML in the document, then hydrates it with
 * `build(client)` inside StrictMode and act().
 */
export async function serverRenderAndHydrate(
  libraries: { server: Library; client: Library },
  build: (library: Library) => ReactElement,
): Promise<Hydrated> {
  const messages: string[] = [];
  const capture = (...args: unknown[]) => void messages.push(args.map(String).join(" "));
  const error = vi.spyOn(console, "error").mockImplementation(capture);
  const warn = vi.spyOn(console, "warn").mockImplementation(capture);
  const recoverable: string[] = [];
  try {
    const serverTree = build(libraries.server);
    const html = await withoutDom(() => renderToString(<StrictMode>{serverTree}</StrictMode>));
    const container = document.createElement("div");
    container.innerHTML = html;
    document.body.append(container);
    let root: Root | undefined;
    await act(async () => {
      root = hydrateRoot(container, <StrictMode>{build(libraries.client)}</StrictMode>, {
        onRecoverableError: (reason) => void recoverable.push(String((reason as Error)?.message ?? reason)),
      });
    });
    return { container, html, messages, recoverable, root: root as Root };
  } finally {
    error.mockRestore();
    warn.mockRestore();
  }
}
