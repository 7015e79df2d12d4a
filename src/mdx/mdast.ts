// The few mdast / mdast-util-mdx-jsx shapes the remark plugins read. Declared locally so the public
// types of staking-ui/mdx do not depend on @types/mdast being installed next to them.
export interface Position {
  start: { line: number; column: number; offset?: number };
  end: { line: number; column: number; offset?: number };
}

export interface MdastNode {
  type: string;
  value?: unknown;
  alt?: unknown;
  depth?: number;
  name?: string | null;
  attributes?: MdxJsxAttribute[];
  children?: MdastNode[];
  data?: Record<string, unknown>;
  position?: Position;
}

export interface MdastParent extends MdastNode {
  children: MdastNode[];
}

export interface MdxJsxAttribute {
  type: "mdxJsxAttribute" | "mdxJsxExpressionAttribute";
  name?: string;
  value?: unknown;
}

export const JSX_ELEMENT_TYPES = new Set(["mdxJsxFlowElement", "mdxJsxTextElement"]);

/** Calls `enter` for every node, parents before children. */
export function walk(node: MdastNode, enter: (node: MdastNode) => void): void {
  enter(node);
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, enter);
}
