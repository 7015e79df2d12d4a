// Types for scripts/size.mjs, which tests/package/size-budgets.test.ts imports.
export declare const ROOT: string;
export declare const PACKAGE: string;

export interface Bundle {
  /** The minified bundle. */
  code: string;
  /** Bytes, minified. */
  minified: number;
  /** Bytes, minified then gzip -9. */
  gzip: number;
  /** Files that put bytes into the bundle, relative to the project root ("node_modules/…" for dependencies). */
  inputs: string[];
  /** The same files with the minified bytes each puts into the bundle, largest first. */
  contributions: { file: string; bytes: number }[];
}

export interface SizeRow {
  name: string;
  minified: number;
  gzip: number;
}

export interface Sizes {
  exports: SizeRow[];
  entries: SizeRow[];
  css: SizeRow[];
}

export declare function bundleSource(source: string, options?: { root?: string }): Promise<Bundle>;
export declare function importNamed(names: string[], specifier?: string): string;
export declare function importAll(specifier: string): string;
export declare function measureNamed(names: string[], options?: { root?: string }): Promise<Bundle>;
export declare function exportNames(specifier?: string, options?: { root?: string }): Promise<string[]>;
export declare function measureSizes(options?: { root?: string }): Promise<Sizes>;
export declare function formatSizes(sizes: Sizes): string;
export declare function closeBundler(): Promise<void>;
