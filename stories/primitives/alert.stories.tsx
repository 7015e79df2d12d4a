import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { Alert, AlertContent, AlertDescription, AlertEmoji, AlertTitle, type AlertProps } from "../../src/components/alert/alert";
import { ALERT_VARIANTS } from "../../src/components/alert/alert.variants";
import { ButtonLink } from "../../src/components/button-link/button-link";
import "../../src/emoji/register";
import { restakingAlerts } from "./seed-content";

const meta = {
  title: "Primitives/Alert",
  component: Alert,
  args: { variant: "info", className: "justify-between" },
  argTypes: {
    variant: { control: { type: "select" }, options: ALERT_VARIANTS },
    live: { control: { type: "select" }, options: [undefined, "polite", "assertive"] },
  },
  render: (args) => <SeedAlert {...args} lines={restakingAlerts.goodToKnow} />,
} satisfies Meta<typeof Alert>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The restaking page's markup: emoji, then a description whose first paragraph is a bold title. */
function SeedAlert({ lines, emoji = ":bulb:", ...props }: AlertProps & { lines: readonly string[]; emoji?: string }) {
  const [title, ...paragraphs] = lines;
  return (
    <Alert {...props}>
      <AlertEmoji text={emoji} />
      <AlertContent>
        <AlertDescription>
          <p className="mt-0">
            <strong>{title}</strong>
          </p>
          {paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-2">
              {paragraph}
            </p>
          ))}
        </AlertDescription>
      </AlertContent>
    </Alert>
  );
}

export const GoodToKnow: Story = {
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText("💡")).toHaveAttribute("aria-hidden", "true");
    // Part of the page's content, so never announced on its own.
    await expect(canvas.queryByRole("alert")).toBeNull();
    await expect(canvas.queryByRole("status")).toBeNull();
    await expect(canvasElement.querySelector("[data-slot=alert]")).toHaveAttribute("data-variant", "info");
  },
};

/** `<Alert variant="warning">` — the page's misnomer warning. */
export const MisnomerWarning: Story = {
  args: { variant: "warning" },
  render: (args) => <SeedAlert {...args} lines={restakingAlerts.misnomer} />,
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("[data-slot=alert]")).toHaveAttribute("data-variant", "warning");
  },
};

/** Every alert of the restaking page, in order. */
export const RestakingPage: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "1.5rem" }}>
      <SeedAlert {...args} lines={restakingAlerts.goodToKnow} />
      <SeedAlert {...args} lines={restakingAlerts.extraBenefit} />
      <SeedAlert {...args} lines={restakingAlerts.delegate} />
      <SeedAlert {...args} variant="warning" lines={restakingAlerts.misnomer} />
      <VitalikAlert {...args} />
      <LearnMoreAlert {...args} />
    </div>
  ),
};

function VitalikAlert(props: AlertProps) {
  return (
    <Alert {...props}>
      <AlertEmoji text=":bulb:" />
      <AlertContent>
        <AlertDescription>
          <p className="mt-0">
            <strong>以太坊联合创始人正在输入...</strong>
          </p>
          <p className="mt-2">
            以太坊联合创始人 Vitalik 在 2021 年一篇名为
            <a href="https://vitalik.eth.limo/general/2023/05/21/dont_overload.html">《不要让共识超载。》</a>
            的博客文章中警告了再质押的潜在风险
          </p>
        </AlertDescription>
      </AlertContent>
    </Alert>
  );
}

function LearnMoreAlert(props: AlertProps) {
  return (
    <Alert {...props}>
      <AlertEmoji text=":eyes:" />
      <AlertContent>
        <AlertDescription>
          <p className="mt-0">
            <strong>以太坊质押：</strong>它是如何运作的？
          </p>
          <ButtonLink href="/staking/">了解更多</ButtonLink>
        </AlertDescription>
      </AlertContent>
    </Alert>
  );
}

/** A link inside the text stays readable on the alert's background and is underlined. */
export const WithInlineLink: Story = {
  render: (args) => <VitalikAlert {...args} />,
  play: async ({ canvas }) => {
    const link = canvas.getByRole("link", { name: "《不要让共识超载。》" });
    await expect(getComputedStyle(link).textDecorationLine).toContain("underline");
  },
};

export const WithButtonLink: Story = {
  render: (args) => <LearnMoreAlert {...args} />,
  play: async ({ canvas }) => {
    await expect(canvas.getByText("👀")).toBeInTheDocument();
    await expect(canvas.getByRole("link", { name: "了解更多" })).toHaveAttribute("href", "/staking/");
  },
};

export const AllVariants: Story = {
  render: (args) => (
    <div style={{ display: "grid", gap: "1rem" }}>
      {ALERT_VARIANTS.map((variant) => (
        <Alert key={variant} {...args} variant={variant}>
          <AlertEmoji text={{ info: "💡", success: "✅", warning: "⚠️", error: "⛔", update: "🆕" }[variant]} />
          <AlertContent>
            <AlertTitle>{variant}</AlertTitle>
            <AlertDescription>
              The {variant} variant: text and border colours come from the --sui-color-{variant}-* tokens.
            </AlertDescription>
          </AlertContent>
        </Alert>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    const variants = [...canvasElement.querySelectorAll("[data-slot=alert]")].map((el) => el.getAttribute("data-variant"));
    await expect(variants).toEqual([...ALERT_VARIANTS]);
  },
};

export const AllVariantsDark: Story = {
  ...AllVariants,
  globals: { theme: "dark" },
};

export const RestakingPageDark: Story = {
  ...RestakingPage,
  globals: { theme: "dark" },
};

export const WithTitleHeading: Story = {
  render: (args) => (
    <Alert {...args}>
      <AlertEmoji text=":bulb:" />
      <AlertContent>
        <AlertTitle headingLevel={3}>最好知道</AlertTitle>
        <AlertDescription>{restakingAlerts.goodToKnow[1]}</AlertDescription>
      </AlertContent>
    </Alert>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("heading", { level: 3, name: "最好知道" })).toBeVisible();
  },
};

export const NoEmoji: Story = {
  render: (args) => (
    <Alert {...args}>
      <AlertContent>
        <AlertDescription>{restakingAlerts.extraBenefit[1]}</AlertDescription>
      </AlertContent>
    </Alert>
  ),
};

export const LongText: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: 360 }}>
      <SeedAlert
        {...args}
        lines={[
          "A long title that needs to wrap over more than one line in a narrow column",
          `${restakingAlerts.delegate[1]} ${restakingAlerts.delegate[2]} https://example.org/a/very/long/url/without/any/break/opportunities/at/all/in/it`,
        ]}
      />
    </div>
  ),
};

/** Live region, for an alert that appears after the page has loaded. */
export const LivePolite: Story = {
  args: { live: "polite", variant: "success" },
  render: (args) => (
    <Alert {...args}>
      <AlertEmoji text="✅" />
      <AlertContent>
        <AlertDescription>Saved.</AlertDescription>
      </AlertContent>
    </Alert>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("status")).toHaveAttribute("aria-live", "polite");
  },
};

export const LiveAssertive: Story = {
  args: { live: "assertive", variant: "error" },
  render: LivePolite.render,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("alert")).toHaveTextContent("Saved.");
  },
};

/** Right to left: the emoji sits at the inline start, which is the right. */
export const Arabic: Story = {
  globals: { locale: "ar" },
  args: { variant: "warning" },
  render: (args) => (
    <SeedAlert
      {...args}
      lines={["تسمية مضللة", "يخلط بعض الناس بين إعادة التخزين وإقراض رموز التخزين السائل واقتراضها في التمويل اللامركزي."]}
    />
  ),
  play: async ({ canvasElement }) => {
    const emoji = canvasElement.querySelector("[data-slot=alert-emoji]")!;
    const content = canvasElement.querySelector("[data-slot=alert-content]")!;
    await expect(emoji.getBoundingClientRect().left).toBeGreaterThan(content.getBoundingClientRect().left);
  },
};

export const Chinese: Story = {
  globals: { locale: "zh" },
  render: RestakingPage.render,
};
