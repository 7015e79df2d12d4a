/**
 * Thrown by `evaluatePage` for a page it cannot render: malformed source, or an unknown tag when
 * asked to throw. The message names the problem and where it is ("… at line 12, column 3");
 * `line` and `column` refer to the original source, frontmatter included.
 */
export class PageError extends Error {
  /** 1-based line in the original source, when known. */
  readonly line: number | undefined;
  /** 1-based column in the original source, when known. */
  readonly column: number | undefined;

  constructor(reason: string, line?: number, column?: number, options?: { cause?: unknown }) {
    super(line === undefined ? reason : `${reason} at line ${line}, column ${column ?? 1}`, options);
    this.name = "PageError";
    this.line = line;
    this.column = line === undefined ? undefined : column ?? 1;
  }
}

interface CompilerMessage {
  reason?: unknown;
  message?: unknown;
  line?: unknown;
  column?: unknown;
}

/**
 * Turns a compiler error (a VFileMessage from @mdx-js/mdx) into a PageError. For an unclosed or
 * mismatched tag the compiler places the error at the enclosing paragraph or leaves it unplaced, but
 * its reason names the tag's own position (`(3:1-3:7)`): that is the place a writer needs.
 */
export function toPageError(error: unknown): PageError {
  const message = (error ?? {}) as CompilerMessage;
  const reason = String(message.reason ?? message.message ?? error);
  const inReason = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  const line = inReason ? Number(inReason[1]) : typeof message.line === "number" ? message.line : undefined;
  const column = inReason ? Number(inReason[2]) : typeof message.column === "number" ? message.column : undefined;
  const cleaned = reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/, "");
  return new PageError(`Could not compile the page: ${cleaned}`, line, column, { cause: error });
}
