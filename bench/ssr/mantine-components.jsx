// The peer page for the server-render benchmark: the same compiled MDX page, with every tag mapped
// to Mantine components instead of ours. Text comes from staking-ui's own content and message
// catalogs, so both pages carry the same words; only the components that render them differ.
// Bundled by bench/ssr.mjs with esbuild (React and staking-ui's dist stay external: one React, one
// copy of the content in the process).
import {
  Accordion,
  Alert,
  Anchor,
  AspectRatio,
  Badge,
  Blockquote,
  Button,
  Card,
  Code,
  Divider,
  Group,
  Image,
  List,
  MantineProvider,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import {
  considerationsFor,
  considerationText,
  otherStakingOptions,
  rankProducts,
  stakingOptionText,
  STAKING_PRODUCTS,
} from "../../dist/esm/index.js";
import { productDisclaimerMessages } from "../../dist/esm/components/product-disclaimer/messages.js";
import { restakingListMessages } from "../../dist/esm/components/restaking-list/messages.js";
import { restakingDiagramMessages } from "../../dist/esm/components/tabbed-section/diagrams/messages.js";
import { tabbedSectionMessages } from "../../dist/esm/components/tabbed-section/messages.js";
import { restakingPlatformsFor } from "../../dist/esm/content/platforms.js";
import { stakingComparisonMessages } from "../../dist/esm/components/staking-comparison/messages.js";
import { youTubeMessages } from "../../dist/esm/components/youtube/messages.js";
import { ar } from "../../dist/esm/locales/ar/index.js";
import { zh } from "../../dist/esm/locales/zh/index.js";

// The same strings staking-ui shows: English, then the locale's (from its pack, or inline).
const PACKS = { zh, ar };
const pick = (catalog, locale) => ({ ...catalog.en, ...(catalog[locale] ?? PACKS[locale]?.messages[catalog.id] ?? {}) });

const heading = (order) =>
  function MantineHeading({ id, children }) {
    return (
      <Title order={order} id={id}>
        {children}
      </Title>
    );
  };

/** The Mantine counterpart of `mdxComponents`, for a page in `locale`. */
export function mantineComponents(locale) {
  const tabbed = { ...pick(tabbedSectionMessages, locale), ...pick(restakingDiagramMessages, locale) };
  const comparison = pick(stakingComparisonMessages, locale);
  const youtube = pick(youTubeMessages, locale);
  const disclaimer = pick(productDisclaimerMessages, locale);
  const platforms = restakingPlatformsFor(pick(restakingListMessages, locale));

  return {
    // Markdown elements
    h1: heading(1),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    p: ({ children }) => <Text mb="sm">{children}</Text>,
    a: ({ href, children }) => <Anchor href={href}>{children}</Anchor>,
    ul: ({ children }) => <List>{children}</List>,
    ol: ({ children }) => <List type="ordered">{children}</List>,
    li: ({ children }) => <List.Item>{children}</List.Item>,
    blockquote: ({ children }) => <Blockquote>{children}</Blockquote>,
    code: ({ children }) => <Code>{children}</Code>,
    hr: () => <Divider my="md" />,
    img: ({ src, alt }) => <Image src={src} alt={alt ?? ""} />,
    table: ({ children }) => (
      <Table.ScrollContainer minWidth={400}>
        <Table striped withTableBorder>
          {children}
        </Table>
      </Table.ScrollContainer>
    ),
    thead: ({ children }) => <Table.Thead>{children}</Table.Thead>,
    tbody: ({ children }) => <Table.Tbody>{children}</Table.Tbody>,
    tr: ({ children }) => <Table.Tr>{children}</Table.Tr>,
    th: ({ children }) => <Table.Th>{children}</Table.Th>,
    td: ({ children }) => <Table.Td>{children}</Table.Td>,

    // Primitives
    Card: ({ title, description, emoji, children }) => (
      <Card withBorder padding="lg" radius="md">
        {emoji ? <Text fz={32}>{emoji}</Text> : null}
        {title ? <Title order={3}>{title}</Title> : null}
        {description ? <Text c="dimmed">{description}</Text> : null}
        {children}
      </Card>
    ),
    CardGrid: ({ children }) => <SimpleGrid cols={{ base: 1, sm: 3 }}>{children}</SimpleGrid>,
    ExpandableCard: ({ title, children }) => (
      <Accordion variant="separated" mb="sm">
        <Accordion.Item value="item">
          <Accordion.Control>{title}</Accordion.Control>
          <Accordion.Panel>{children}</Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    ),
    Alert: ({ variant, children }) => (
      <Alert color={variant === "warning" ? "orange" : "blue"} my="md">
        {children}
      </Alert>
    ),
    AlertEmoji: ({ text }) => <Text fz={24}>{text}</Text>,
    AlertContent: ({ children }) => <Stack gap="xs">{children}</Stack>,
    AlertTitle: ({ children }) => <Title order={4}>{children}</Title>,
    AlertDescription: ({ children }) => <div>{children}</div>,
    ButtonLink: ({ href, children }) => (
      <Button component="a" href={href}>
        {children}
      </Button>
    ),
    // A facade like ours: a thumbnail-sized button, nothing loaded until clicked.
    YouTube: ({ id, title }) => (
      <AspectRatio ratio={16 / 9} my="md">
        <UnstyledButton aria-label={youtube.play} data-video={id}>
          <Text>{title ?? youtube.defaultTitle}</Text>
        </UnstyledButton>
      </AspectRatio>
    ),

    // Staking components
    StakingComparison: ({ page }) => (
      <section>
        <Title order={2}>{comparison.heading}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {otherStakingOptions(page).map(({ id, href }) => {
            const text = stakingOptionText(id, locale);
            return (
              <Card key={id} withBorder>
                <Title order={3}>{text.title}</Title>
                <Text>{text.description}</Text>
                <Anchor href={href}>{text.title}</Anchor>
              </Card>
            );
          })}
        </SimpleGrid>
      </section>
    ),
    StakingConsiderations: ({ page }) => {
      const items = considerationsFor(page);
      return (
        <Tabs orientation="vertical" defaultValue={items[0]?.id}>
          <Tabs.List>
            {items.map((item) => (
              <Tabs.Tab key={item.id} value={item.id}>
                {considerationText(item.id, locale).title}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {items.map((item) => {
            const text = considerationText(item.id, locale);
            return (
              <Tabs.Panel key={item.id} value={item.id} keepMounted>
                <Title order={3}>{text.title}</Title>
                <Text>{text.description}</Text>
                <Group>
                  {Object.entries(text.labels).map(([state, label]) => (
                    <Badge key={state}>{label}</Badge>
                  ))}
                </Group>
              </Tabs.Panel>
            );
          })}
        </Tabs>
      );
    },
    ProductDisclaimer: () => (
      <Alert color="gray" my="md">
        {Object.values(disclaimer).map((line, i) => (
          <Text key={i}>{line}</Text>
        ))}
      </Alert>
    ),
    StakingProductsCardGrid: ({ category }) => (
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        {rankProducts(STAKING_PRODUCTS[category] ?? [], category).map(({ product, flags }) => (
          <Card key={product.id} withBorder>
            <Title order={3}>{product.name}</Title>
            <Group gap={4}>
              {product.platforms.map((p) => (
                <Badge key={p} variant="light">
                  {p}
                </Badge>
              ))}
            </Group>
            <List size="sm">
              {flags.map((flag) => (
                <List.Item key={flag.id}>
                  {considerationText(flag.id, locale).title}: {flag.state}
                </List.Item>
              ))}
            </List>
            <Button component="a" href={product.url}>
              {product.name}
            </Button>
          </Card>
        ))}
      </SimpleGrid>
    ),
    RestakingList: () => (
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {platforms.map((platform) => (
          <Card key={platform.id} withBorder>
            <Title order={3}>{platform.name}</Title>
            <Badge>{platform.kind}</Badge>
            <Text>{platform.description}</Text>
            <Anchor href={platform.url}>{platform.name}</Anchor>
          </Card>
        ))}
      </SimpleGrid>
    ),
    TabbedSection: () => (
      <Tabs defaultValue="with">
        <Tabs.List aria-label={tabbed.listLabel}>
          <Tabs.Tab value="with">{tabbed.withRestakingTab}</Tabs.Tab>
          <Tabs.Tab value="without">{tabbed.withoutRestakingTab}</Tabs.Tab>
        </Tabs.List>
        {/* Every panel stays in the HTML, as in ours. */}
        <Tabs.Panel value="with" keepMounted>
          <Title order={3}>{tabbed.withRestakingTitle}</Title>
          <Text>{tabbed.withRestakingDescription}</Text>
        </Tabs.Panel>
        <Tabs.Panel value="without" keepMounted>
          <Title order={3}>{tabbed.withoutRestakingTitle}</Title>
          <Text>{tabbed.withoutRestakingDescription}</Text>
        </Tabs.Panel>
      </Tabs>
    ),
  };
}

/** Mantine needs its provider at the root; it is part of what a Mantine page costs to render. */
export function MantineRoot({ children }) {
  return <MantineProvider>{children}</MantineProvider>;
}
