"use client";
import { forwardRef, type ComponentPropsWithoutRef } from "react";
import type { Direction } from "../../../i18n/direction.js";
import { useLocaleDirection, useMessages } from "../../../provider/hooks.js";
import { restakingDiagramMessages, type RestakingDiagramMessages } from "./messages.js";
import { DiagramFrame } from "./diagram-frame.js";
import { COLUMN_X, DiagramEdge, DiagramNode, ROW_Y, bottom, top } from "./diagram-shapes.js";

export interface RestakingDiagramProps extends Omit<ComponentPropsWithoutRef<"div">, "children" | "dir"> {
  /** Locale of the labels and description ("en", "zh", "ar"). Default: the provider's, else "en". */
  locale?: string;
  /** Text direction. Default: derived from `locale`, else inherited from the page. */
  dir?: Direction;
  /**
   * Overrides for the diagram's strings, e.g. `{ diagramEthereum: "Mainnet" }`. Both diagrams share
   * one catalog; provider-wide overrides go under `RestakingDiagram`.
   */
  messages?: Partial<RestakingDiagramMessages>;
}

/**
 * The world with restaking: stakers lock ETH once, and that one stake secures Ethereum and the
 * services (AVSs) that opted in. Labels are translated; colours come from the theme tokens.
 */
export const WithRestakingDiagram = forwardRef<HTMLDivElement, RestakingDiagramProps>(function WithRestakingDiagram(
  { locale: localeProp, dir: dirProp, messages: overrides, ...rest },
  ref,
) {
  const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
  const m = useMessages("RestakingDiagram", restakingDiagramMessages, locale, overrides);
  const { outerA, centre, outerB } = COLUMN_X;
  const { stakers, stake, services } = ROW_Y;
  const stakeBottom = bottom(centre, stake);
  return (
    <DiagramFrame
      ref={ref}
      dir={dirAttribute}
      data-diagram="with-restaking"
      title={m.withRestakingTitle}
      description={m.withRestakingDescription}
      {...rest}
    >
      {(idPrefix) => (
        <>
          <DiagramEdge idPrefix={idPrefix} variant="secure" from={bottom(centre, stakers)} to={top(centre, stake)} />
          <DiagramEdge idPrefix={idPrefix} variant="secure" from={stakeBottom} to={top(centre, services)} />
          <DiagramEdge idPrefix={idPrefix} variant="secure" from={[centre - 30, stakeBottom[1]]} to={top(outerA, services)} />
          <DiagramEdge idPrefix={idPrefix} variant="secure" from={[centre + 30, stakeBottom[1]]} to={top(outerB, services)} />
          <DiagramNode variant="stakers" x={centre} y={stakers} lines={[m.diagramStakers]} />
          <DiagramNode variant="stake" x={centre} y={stake} lines={[m.diagramStakedEth]} />
          <DiagramNode variant="service" x={outerA} y={services} lines={[m.diagramServiceA, m.diagramServiceKind]} />
          <DiagramNode variant="ethereum" x={centre} y={services} lines={[m.diagramEthereum]} />
          <DiagramNode variant="service" x={outerB} y={services} lines={[m.diagramServiceB, m.diagramServiceKind]} />
        </>
      )}
    </DiagramFrame>
  );
});
