import { afterEach, beforeEach } from "vitest";
import { resetDevWarnings } from "../../../src/lib/dev-warning";

// Tells React that updates are wrapped in act(), so it neither warns about unwrapped updates nor
// leaves effects pending when an assertion runs.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => resetDevWarnings());
afterEach(() => {
  document.body.innerHTML = "";
});
