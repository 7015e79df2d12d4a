import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ProductDisclaimer } from "../../src/components/product-disclaimer/product-disclaimer";
import { productDisclaimerMessages } from "../../src/components/product-disclaimer/messages";
import { zh } from "../../src/locales/zh";

const meta = {
  title: "Staking/ProductDisclaimer",
  component: ProductDisclaimer,
  argTypes: {
    locale: { control: { type: "select" }, options: [undefined, "en", "zh", "ar"] },
    dir: { control: { type: "inline-radio" }, options: [undefined, "ltr", "rtl"] },
  },
} satisfies Meta<typeof ProductDisclaimer>;

export default meta;
type Story = StoryObj<typeof meta>;

/** `<ProductDisclaimer />` as the pooled staking seed page writes it, in the page's language. */
export const Seed: Story = {
  globals: { locale: "zh" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(zh.messages.ProductDisclaimer.text)).toBeVisible();
  },
};

export const English: Story = {
  globals: { locale: "en" },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvas.getByText(productDisclaimerMessages.en.text)).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="product-disclaimer"]')).toHaveAttribute("data-variant", "warning");
  },
};

/** A site's own wording through `messages`. */
export const CustomText: Story = {
  args: { messages: { text: "We list these services for information only. Compare them yourself before you stake." } },
  globals: { locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/for information only/)).toBeVisible();
  },
};

export const Dark: Story = {
  globals: { theme: "dark", locale: "en" },
};

export const Arabic: Story = {
  globals: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="product-disclaimer"]')).toHaveAttribute("dir", "rtl");
  },
};

export const ArabicDark: Story = {
  globals: { locale: "ar", theme: "dark" },
};
