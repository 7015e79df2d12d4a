import { JSX_ELEMENT_TYPES, walk, type MdastNode, type Position } from "./mdast.js";

export interface UsedComponent {
  name: string;
  /** Where the tag first appears (1-based line and column of the source given to the compiler). */
  line?: number;
  column?: number;
}

/**
 * Remark plugin: reports every component tag (`<Card>`, not `<p>` or `<Foo.Bar>`) a page uses, in
 * order of first appearance, so the renderer can decide what to do about tags it has no component for.
 */
export function remarkCollectComponents(options: { onComponents: (used: UsedComponent[]) => void }) {
  return (tree: MdastNode): void => {
    const used = new Map<string, UsedComponent>();
    walk(tree, (node) => {
      const name = node.name;
      if (!JSX_ELEMENT_TYPES.has(node.type) || !name || !/^[A-Z_$][\w$]*$/.test(name) || used.has(name)) return;
      used.set(name, { name, ...startOf(node.position) });
    });
    options.onComponents([...used.values()]);
  };
}

function startOf(position: Position | undefined): { line?: number; column?: number } {
  return position ? { line: position.start.line, column: position.start.column } : {};
}
