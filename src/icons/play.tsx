import { SvgIcon, type IconProps } from "./icon.js";

/** A filled play triangle, slightly right of centre so it looks centred. */
export function PlayIcon(props: IconProps) {
  return (
    <SvgIcon {...props}>
      <path d="M8 5.5v13l10.5-6.5z" fill="currentColor" />
    </SvgIcon>
  );
}
