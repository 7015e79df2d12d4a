import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { MarkdownH2, MarkdownHeading } from "../../src/mdx/elements/heading";
import { MarkdownImage } from "../../src/mdx/elements/image";
import { MarkdownLink } from "../../src/mdx/elements/link";
import { MarkdownTable } from "../../src/mdx/elements/table";
import { MarkdownParagraph, MarkdownPre } from "../../src/mdx/elements/elements";
import { mdxComponents } from "../../src/mdx/components";
import { StakingUIProvider } from "../../src/provider/staking-ui-provider";
import type { LinkComponentProps } from "../../src/provider/context";
import { expectNoAxeViolations } from "../setup/axe";

function warnings(run: () => void): string {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
  try {
    run();
    return warn.mock.calls.flat().join("\n");
  } finally {
    warn.mockRestore();
  }
}

describe("mdxComponents", () => {
  it("maps every tag of the seed pages, AlertTitle and the Markdown elements", () => {
    const tags = [
      "CardGrid", "Card", "StakingComparison", "StakingConsiderations", "ProductDisclaimer", "StakingProductsCardGrid",
      "ExpandableCard", "ButtonLink", "YouTube", "Alert", "AlertEmoji", "AlertContent", "AlertDescription",
      "TabbedSection", "RestakingList", "AlertTitle",
      "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "p", "strong", "em", "ul", "ol", "li", "blockquote", "hr", "code", "pre",
    ];
    for (const tag of tags) expect(mdxComponents, tag).toHaveProperty(tag);
  });
});

describe("Markdown headings", () => {
  it("render the id on the heading and an anchor link named 'Link to this section', described by the heading", () => {
    render(<MarkdownH2 id="what-is-restaking">什么是再质押？</MarkdownH2>);
    const heading = screen.getByRole("heading", { level: 2, name: "什么是再质押？" });
    expect(heading).toHaveAttribute("id", "what-is-restaking");
    const anchor = screen.getByRole("link", { name: "Link to this section" });
    expect(anchor).toHaveAttribute("href", "#what-is-restaking");
    expect(anchor).toHaveAccessibleDescription("什么是再质押？");
    expect(anchor.closest('[data-slot="heading-row"]')).toContainElement(heading);
  });

  it("put the anchor in the tab order, after the heading text", async () => {
    render(
      <>
        <MarkdownH2 id="a">A</MarkdownH2>
        <a href="#after">after</a>
      </>,
    );
    await userEvent.tab();
    expect(screen.getByRole("link", { name: "Link to this section" })).toHaveFocus();
    await userEvent.tab();
    expect(screen.getByRole("link", { name: "after" })).toHaveFocus();
  });

  it("localize the anchor name from the provider locale, and accept overrides", () => {
    const { rerender } = render(
      <StakingUIProvider locale="zh">
        <MarkdownH2 id="x">X</MarkdownH2>
      </StakingUIProvider>,
    );
    expect(screen.getByRole("link", { name: "链接到本节" })).toBeInTheDocument();
    rerender(
      <StakingUIProvider locale="ar">
        <MarkdownH2 id="x">X</MarkdownH2>
      </StakingUIProvider>,
    );
    expect(screen.getByRole("link", { name: "رابط إلى هذا القسم" })).toBeInTheDocument();
    rerender(<MarkdownH2 id="x" messages={{ headingAnchor: "Permalink" }}>X</MarkdownH2>);
    expect(screen.getByRole("link", { name: "Permalink" })).toBeInTheDocument();
  });

  it("without an id render a plain heading, forwarding ref, className and props", () => {
    const ref = createRef<HTMLHeadingElement>();
    render(<MarkdownHeading level={4} ref={ref} className="extra" data-x="1">Plain</MarkdownHeading>);
    expect(ref.current?.tagName).toBe("H4");
    expect(ref.current).toHaveClass("sui-md-heading", "sui-md-h4", "extra");
    expect(ref.current).toHaveAttribute("data-x", "1");
    expect(screen.queryByRole("link")).toBeNull();
  });
});

describe("Markdown links", () => {
  it("drop unsafe URLs (the text stays) with a warning naming the prop", () => {
    const text = warnings(() => render(<MarkdownLink href="java&#x09;script:alert(1)">click</MarkdownLink>));
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByText("click")).not.toHaveAttribute("href");
    expect(text).toMatch(/Markdown link: unsafe or empty `href`/);
  });

  it("use the provider's router link for internal paths and rel=noopener for external ones", () => {
    function RouterLink({ href, children, ...rest }: LinkComponentProps) {
      return (
        <a href={`/zh${href}`} data-router="" {...rest}>
          {children}
        </a>
      );
    }
    render(
      <StakingUIProvider linkComponent={RouterLink}>
        <MarkdownLink href="/staking/">internal</MarkdownLink>
        <MarkdownLink href="https://example.org/">external</MarkdownLink>
      </StakingUIProvider>,
    );
    expect(screen.getByRole("link", { name: "internal" })).toHaveAttribute("href", "/zh/staking/");
    expect(screen.getByRole("link", { name: "internal" })).toHaveAttribute("data-router");
    expect(screen.getByRole("link", { name: "external" })).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByRole("link", { name: "external" })).toHaveClass("sui-md-link");
  });
});

describe("Markdown images", () => {
  it("load lazily and decode asynchronously", () => {
    render(<MarkdownImage src="/images/pool.png" alt="A pool" />);
    const image = screen.getByRole("img", { name: "A pool" });
    expect(image).toHaveAttribute("loading", "lazy");
    expect(image).toHaveAttribute("decoding", "async");
  });

  it("warn about a missing alt and render alt=\"\"", () => {
    let container!: HTMLElement;
    const text = warnings(() => ({ container } = render(<MarkdownImage src="/a.png" />)));
    expect(container.querySelector("img")).toHaveAttribute("alt", "");
    expect(text).toMatch(/Markdown image: `alt` is missing/);
  });

  it("render nothing for an unsafe src", () => {
    let container!: HTMLElement;
    const text = warnings(() => ({ container } = render(<MarkdownImage src="JAVASCRIPT:alert(1)" alt="x" />)));
    expect(container.querySelector("img")).toBeNull();
    expect(text).toMatch(/unsafe or empty `src`/);
  });
});

const table = (
  <MarkdownTable>
    <thead>
      <tr>
        <th>
          <strong>风险</strong>
        </th>
        <th>描述</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <td>a</td>
        <td>b</td>
      </tr>
    </tbody>
  </MarkdownTable>
);

describe("Markdown tables", () => {
  it("sit in a focusable region named after their header cells", async () => {
    render(table);
    const region = screen.getByRole("region", { name: "Table: 风险, 描述" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(screen.getByRole("table"));
    await userEvent.tab();
    expect(region).toHaveFocus();
  });

  it("localize the name, and fall back to a plain name without a header row", () => {
    render(<StakingUIProvider locale="zh">{table}</StakingUIProvider>);
    expect(screen.getByRole("region", { name: "表格：风险、描述" })).toBeInTheDocument();
    render(
      <MarkdownTable>
        <tbody>
          <tr>
            <td>x</td>
          </tr>
        </tbody>
      </MarkdownTable>,
    );
    expect(screen.getByRole("region", { name: "Table" })).toBeInTheDocument();
  });
});

describe("plain Markdown elements", () => {
  it("carry their class and data-slot, merge className and forward refs", () => {
    const ref = createRef<HTMLElement>();
    render(<MarkdownParagraph ref={ref} className="mt-2">text</MarkdownParagraph>);
    expect(ref.current?.tagName).toBe("P");
    expect(ref.current).toHaveClass("sui-md-p", "mt-2");
    expect(ref.current).toHaveAttribute("data-slot", "p");
  });

  it("make code blocks keyboard-scrollable", () => {
    render(<MarkdownPre>code</MarkdownPre>);
    expect(screen.getByText("code")).toHaveAttribute("tabindex", "0");
  });
});

describe("accessibility", () => {
  it("a heading with its anchor, a table region, a link and an image have no axe violations", async () => {
    const { container } = render(
      <div>
        <MarkdownH2 id="h">Heading</MarkdownH2>
        <MarkdownParagraph>
          See <MarkdownLink href="/staking/">staking</MarkdownLink>.
        </MarkdownParagraph>
        {table}
        <MarkdownImage src="/a.png" alt="Diagram" />
      </div>,
    );
    await expectNoAxeViolations(container);
  });
});
