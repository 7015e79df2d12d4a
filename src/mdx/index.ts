// staking-ui/mdx — being built: the MDX component map, heading-id handling and page renderer.
export {};
