import type { Decorator, Preview } from "@storybook/react-vite";
import { StakingUIProvider } from "../src/provider/staking-ui-provider";
import { directionOf } from "../src/i18n/direction";
import "../src/styles/index.css";
// Every story can switch to Chinese or Arabic from the toolbar, so both locale packs are registered.
import "../src/locales/zh/register";
import "../src/locales/ar/register";
import "./preview.css";

type Theme = "light" | "dark";

// Theme, locale and direction come from the toolbar (globals) and can be pinned per story via
// `globals` or `parameters`. They are applied on the story's wrapper and through the provider, so
// the stories show exactly what a site gets from the same settings.
const withStakingUI: Decorator = (Story, context) => {
  const theme = (context.globals.theme as Theme | undefined) ?? "light";
  const locale = (context.globals.locale as string | undefined) ?? "en";
  const dirGlobal = (context.globals.dir as string | undefined) ?? "auto";
  const dir = dirGlobal === "ltr" || dirGlobal === "rtl" ? dirGlobal : directionOf(locale);
  if (typeof document !== "undefined") {
    document.documentElement.setAttribute("data-theme", theme);
    document.documentElement.setAttribute("lang", locale);
    document.documentElement.setAttribute("dir", dir);
  }
  return (
    <StakingUIProvider locale={locale} dir={dir}>
      <div className="sb-canvas" data-theme={theme} dir={dir} lang={locale}>
        <Story />
      </div>
    </StakingUIProvider>
  );
};

const preview: Preview = {
  decorators: [withStakingUI],
  tags: ["autodocs"],
  globalTypes: {
    theme: {
      description: "Colour theme",
      toolbar: {
        title: "Theme",
        icon: "contrast",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Locale of the library's own strings",
      toolbar: {
        title: "Locale",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "zh", title: "中文" },
          { value: "ar", title: "العربية" },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: "Text direction",
      toolbar: {
        title: "Direction",
        icon: "transfer",
        items: [
          { value: "auto", title: "Auto (from locale)" },
          { value: "ltr", title: "Left to right" },
          { value: "rtl", title: "Right to left" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", locale: "en", dir: "auto" },
  parameters: {
    layout: "padded",
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: { test: "error" },
    options: { storySort: { order: ["Docs", "Primitives", "Staking", "Pages"] } },
  },
};

export default preview;
