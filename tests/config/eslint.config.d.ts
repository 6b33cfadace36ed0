/** Types of what tests read from the ESLint config (the layer matrix). */
export declare const ELEMENTS: readonly { type: string; pattern: string; mode: string }[];
export declare const ALLOWED: Readonly<Record<string, readonly string[]>>;
export declare const ALLOWED_PACKAGES: Readonly<Record<string, readonly string[]>>;
declare const config: unknown;
export default config;
