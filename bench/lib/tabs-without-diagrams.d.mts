import type { Bundle } from "../../scripts/size.mjs";

/** `import { TabbedSection } from "staking-ui"` measured with the built-in diagram tabs stubbed out. */
export declare function measureTabbedSectionWithoutDiagrams(): Promise<Bundle>;
