export declare const REACT18_MODULES: Readonly<Record<string, string>>;
export declare const react18Aliases: Array<{ find: RegExp; replacement: string }>;
