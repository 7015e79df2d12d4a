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

const POSITION_IN_REASON = /\s*\((\d+):(\d+)(?:-\d+:\d+)?\)/;

/**
 * Turns a compiler error (a VFileMessage from @mdx-js/mdx) into a PageError. For a tag that is
 * never closed the compiler places the error at the end of the enclosing block (or nowhere), while
 * its reason names the tag's own position (`(3:1-3:7)`): that is the place a writer needs, so it is
 * used. Other errors keep the compiler's place, and positions in the reason are spelled out.
 */
export function toPageError(error: unknown): PageError {
  const message = (error ?? {}) as CompilerMessage;
  const reason = String(message.reason ?? message.message ?? error);
  const inReason = POSITION_IN_REASON.exec(reason);
  const placed = typeof message.line === "number";
  if (inReason && (/^Expected a closing tag/.test(reason) || !placed)) {
    const text = reason.replace(POSITION_IN_REASON, "");
    return new PageError(`Could not compile the page: ${text}`, Number(inReason[1]), Number(inReason[2]), { cause: error });
  }
  const text = reason.replace(POSITION_IN_REASON, (_, line: string, column: string) => ` (line ${line}, column ${column})`);
  const column = typeof message.column === "number" ? message.column : undefined;
  return new PageError(`Could not compile the page: ${text}`, placed ? (message.line as number) : undefined, column, { cause: error });
}
