// Vite's `?raw` suffix imports a file's text; this tells TypeScript what such an import is.
declare module "*.md?raw" {
  const source: string;
  export default source;
}
