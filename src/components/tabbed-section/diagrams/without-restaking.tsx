"use client";
import { forwardRef } from "react";
import { useLocaleDirection, useMessages } from "../../../provider/hooks.js";
import { restakingDiagramMessages } from "./messages.js";
import { DiagramFrame } from "./diagram-frame.js";
import { COLUMN_X, DiagramEdge, DiagramNode, ROW_Y, bottom, top } from "./diagram-shapes.js";
import type { RestakingDiagramProps } from "./with-restaking.js";

/**
 * The world without restaking: staked ETH secures Ethereum only, and each service stands apart
 * with security it had to bootstrap itself (its own token and validator set). Same layout as
 * WithRestakingDiagram, so switching between them shows exactly what changes.
 */
export const WithoutRestakingDiagram = forwardRef<HTMLDivElement, RestakingDiagramProps>(
  function WithoutRestakingDiagram({ locale: localeProp, dir: dirProp, messages: overrides, ...rest }, ref) {
    const { locale, dirAttribute } = useLocaleDirection(localeProp, dirProp);
    const m = useMessages("RestakingDiagram", restakingDiagramMessages, locale, overrides);
    const { outerA, centre, outerB } = COLUMN_X;
    const { stakers, stake, services } = ROW_Y;
    const ownSecurity = [m.diagramOwnToken, m.diagramOwnValidators];
    return (
      <DiagramFrame
        ref={ref}
        dir={dirAttribute}
        data-diagram="without-restaking"
        title={m.withoutRestakingTitle}
        description={m.withoutRestakingDescription}
        {...rest}
      >
        {(idPrefix) => (
          <>
            <DiagramEdge idPrefix={idPrefix} variant="secure" from={bottom(centre, stakers)} to={top(centre, stake)} />
            <DiagramEdge idPrefix={idPrefix} variant="secure" from={bottom(centre, stake)} to={top(centre, services)} />
            <DiagramEdge idPrefix={idPrefix} variant="own" from={bottom(outerA, stake)} to={top(outerA, services)} />
            <DiagramEdge idPrefix={idPrefix} variant="own" from={bottom(outerB, stake)} to={top(outerB, services)} />
            <DiagramNode variant="stakers" x={centre} y={stakers} lines={[m.diagramStakers]} />
            <DiagramNode variant="own" x={outerA} y={stake} lines={ownSecurity} />
            <DiagramNode variant="stake" x={centre} y={stake} lines={[m.diagramStakedEth]} />
            <DiagramNode variant="own" x={outerB} y={stake} lines={ownSecurity} />
            <DiagramNode variant="service" x={outerA} y={services} lines={[m.diagramServiceA, m.diagramServiceKind]} />
            <DiagramNode variant="ethereum" x={centre} y={services} lines={[m.diagramEthereum]} />
            <DiagramNode variant="service" x={outerB} y={services} lines={[m.diagramServiceB, m.diagramServiceKind]} />
          </>
        )}
      </DiagramFrame>
    );
  },
);
