import { SvgIcon, type IconProps } from "./icon.js";

/** A downward chevron: the open/close indicator of disclosure components. */
export function ChevronDownIcon(props: IconProps) {
  return (
    <SvgIcon {...props}>
      <path d="M5 9l7 7 7-7" />
    </SvgIcon>
  );
}
