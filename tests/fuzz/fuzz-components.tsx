import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCase, fuzzParameters, NUM_RUNS, renderCase } from "./run";
import type { ComponentSpec } from "./specs";

/** `prop` in backticks, or `prop[` for an entry of a data list, as the library's warnings write it. */
function namesProp(warnings: string, prop: string): boolean {
  return prop.endsWith("[") ? warnings.includes(`\`${prop}`) : warnings.includes(`\`${prop}\``) || warnings.includes(`\`${prop}[`);
}

/**
 * For each component: NUM_RUNS generated prop sets rendered with renderToString. A throw fails the
 * property (fast-check shrinks it to a small counterexample); so does an invalid value for a
 * checked prop that no development warning names.
 */
export function fuzzComponents(specs: readonly ComponentSpec[]): void {
  describe.each(specs.map((spec) => [spec.name, spec] as const))("%s", (name, spec) => {
    it(`renders ${NUM_RUNS} generated prop sets on the server without throwing, warning about invalid props by name`, () => {
      fc.assert(
        fc.property(spec.props, (props) => {
          countCase(name);
          const { warnings } = renderCase(spec.render(props));
          const printed = warnings.join("\n");
          for (const prop of spec.mustWarn(props)) {
            expect(namesProp(printed, prop), `a warning naming \`${prop}\`; got:\n${printed || "(no warnings)"}`).toBe(true);
          }
        }),
        fuzzParameters(),
      );
    });
  });
}
