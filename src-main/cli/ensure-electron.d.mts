// Types of ensure-electron.mjs (plain JavaScript so that it runs before any build).

export declare const OFFICIAL_DOWNLOAD_URL: string;

export type NodeVerdict = 'ok' | 'warn' | 'block';
export interface InstallerResult {
  status: number;
  stderr: string;
}
export type Env = Record<string, string | undefined>;

export declare function platformBinaryPath(platform: string): string | null;
export declare function parseVersion(text: string): [number, number, number] | null;
export declare function canRequireEsm(nodeVersion: string, requireModuleFlag?: boolean): boolean;
export declare function checkNode(args: { nodeVersion: string; requireModuleFlag?: boolean; electronEngines?: string }): {
  verdict: NodeVerdict;
  required: string | null;
};
export declare function commandName(env: Env): string;
export declare function electronCacheDir(env: Env, platform?: string, home?: string): string;
export declare function isDownloadFailure(output: string): boolean;
export declare function firstErrorLine(output: string): string;

export declare function skipMessage(args: { version: string; command: string }): string;
export declare function blockedNodeMessage(args: { version: string; required: string | null; engines?: string; nodeVersion: string; command: string }): string;
export declare function oldNodeWarning(args: { version: string; required: string | null; nodeVersion: string }): string;
export declare function offlineMessage(args: {
  version: string;
  platform: string;
  arch: string;
  mirror: string | null;
  detail: string;
  command: string;
  nodeNote: string | null;
}): string;
export declare function installerFailedMessage(args: {
  version: string;
  status: number;
  detail: string;
  electronDir: string;
  command: string;
  nodeNote: string | null;
}): string;

export declare function isInstalled(electronDir: string, version: string, binaryPath: string): boolean;
export declare function runInstaller(installJs: string, env: Env): Promise<InstallerResult>;

export interface EnsureElectronOptions {
  env?: Env;
  nodeVersion?: string;
  /** `process.features.require_module`; pass `undefined` explicitly to simulate a Node without it. */
  requireModuleFlag?: boolean | undefined;
  platform?: string;
  arch?: string;
  electronDir?: string;
  runInstaller?: (installJs: string, env: Env) => Promise<InstallerResult>;
  log?: (line: string) => void;
  error?: (line: string) => void;
}
export declare function ensureElectron(options?: EnsureElectronOptions): Promise<number>;
