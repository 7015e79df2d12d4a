// The two shapes the restaking diagrams are made of. Geometry is symmetric about the vertical
// centre line and every label is centred (text-anchor middle), so the same drawing reads correctly
// in left-to-right and right-to-left pages and fits labels of different lengths in any locale.

export type DiagramNodeVariant = "stakers" | "stake" | "ethereum" | "service" | "own";

export const NODE_WIDTH = 140;
export const NODE_HEIGHT = 56;
const LINE_GAP = 21;

export interface DiagramNodeProps {
  /** Centre of the box. */
  x: number;
  y: number;
  /** One or two lines of text; the first is the label, the second a smaller note. */
  lines: readonly string[];
  variant: DiagramNodeVariant;
}

export function DiagramNode({ x, y, lines, variant }: DiagramNodeProps) {
  const firstLineY = y - ((lines.length - 1) * LINE_GAP) / 2;
  return (
    <g data-node={variant} className={`sui-diagram__node sui-diagram__node--${variant}`}>
      <rect
        x={x - NODE_WIDTH / 2}
        y={y - NODE_HEIGHT / 2}
        width={NODE_WIDTH}
        height={NODE_HEIGHT}
        rx={12}
        className="sui-diagram__box"
      />
      {lines.map((line, index) => (
        <text
          key={index}
          x={x}
          y={firstLineY + index * LINE_GAP}
          textAnchor="middle"
          dominantBaseline="central"
          className={index === 0 ? "sui-diagram__label" : "sui-diagram__note"}
        >
          {line}
        </text>
      ))}
    </g>
  );
}

export interface DiagramEdgeProps {
  from: readonly [number, number];
  to: readonly [number, number];
  /** "secure": security flowing from staked ETH; "own": a service's self-made security. */
  variant: "secure" | "own";
  /** Id prefix from DiagramFrame, for the arrowhead marker. */
  idPrefix: string;
}

export function DiagramEdge({ from, to, variant, idPrefix }: DiagramEdgeProps) {
  return (
    <line
      data-edge={variant}
      x1={from[0]}
      y1={from[1]}
      x2={to[0]}
      y2={to[1]}
      className={`sui-diagram__edge sui-diagram__edge--${variant}`}
      markerEnd={`url(#${idPrefix}-arrow-${variant})`}
    />
  );
}

/** Top and bottom centre of a node box, where edges start and end. */
export const top = (x: number, y: number) => [x, y - NODE_HEIGHT / 2] as const;
export const bottom = (x: number, y: number) => [x, y + NODE_HEIGHT / 2] as const;

/** Where the boxes sit: three columns and three rows, the same in both diagrams. */
export const COLUMN_X = { outerA: 78, centre: 240, outerB: 402 } as const;
export const ROW_Y = { stakers: 42, stake: 152, services: 280 } as const;
