import type { ComponentType, ReactNode } from "react";
import { UnknownComponent } from "./unknown-component.js";

// Not in unknown-component.tsx: that module is a client module, and a React Server Component may
// render a client component but not call a function exported by one.
/** A stand-in component for `name` that renders {@link UnknownComponent}, ignoring the tag's props. */
export function placeholderFor(name: string): ComponentType<Record<string, unknown>> {
  function Placeholder(props: Record<string, unknown>) {
    return <UnknownComponent component={name}>{props.children as ReactNode}</UnknownComponent>;
  }
  Placeholder.displayName = `Unknown(${name})`;
  return Placeholder;
}
