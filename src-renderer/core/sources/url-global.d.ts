/**
 * The part of the WHATWG `URL` API that core/sources uses.
 *
 * Why this file: `URL` exists in every place core/ runs (browser, worker,
 * Node), but core/ compiles with `lib: ES2023` only, which has no DOM and no
 * Node types, so that a stray `window` or `fs` fails to compile. Declaring just
 * these members keeps that guarantee while letting core/ parse URLs the way the
 * browser and Electron's `shell.openExternal` check will.
 *
 * It must also compile next to lib.dom (the renderer's tsconfig includes this
 * file): the interface members repeat lib.dom's exact types so the
 * declarations merge, and the `var` uses the same conditional type as
 * @types/node, which resolves to the existing constructor type whenever a
 * browser-like global scope (one with `onmessage`) already declares `URL`.
 */

interface URL {
  hash: string;
  host: string;
  hostname: string;
  href: string;
  password: string;
  pathname: string;
  port: string;
  protocol: string;
  search: string;
  username: string;
  toString(): string;
}

declare var URL: typeof globalThis extends { onmessage: unknown; URL: infer T }
  ? T
  : {
      prototype: URL;
      /** Throws a TypeError for input that is not a valid absolute URL. */
      new (url: string, base?: string): URL;
    };
