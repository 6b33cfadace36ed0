/**
 * The privileged `app://` scheme that serves the built renderer in production.
 *
 * Why not file://: a file:// page can read any file the user can, and every
 * file:// page shares one origin. app://workbench/ is one origin that maps
 * only onto the renderer's output folder; this module decides, as a pure
 * function, which file a request may see.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The Content-Security-Policy of the workbench. No remote anything; scripts
 * and workers only from the app itself. Inline styles are allowed because the
 * report preview renders the self-contained HTML report (inline <style>, no
 * script) in a sandboxed frame; scripts stay locked down.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob: about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type for a file name, by extension. */
export function mimeTypeFor(filePath: string): string {
  return MIME[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an `app://workbench/...` request URL to a file inside `root`, or
 * returns null when the request must be refused: another scheme or host, an
 * undecodable path, NUL or backslashes, or any path that would leave `root`
 * once decoded (`..`, `%2e%2e`, `..%2f`, absolute paths). "/" serves index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  // The URL parser silently resolves "../" and "%2e%2e/"; a request that
  // contains any dot-segment at all is an attack, not a file, so refuse it
  // before parsing rather than serve whatever it normalises to.
  if (/(^|\/|%2f|\\|%5c)(\.|%2e){1,2}(\/|%2f|\\|%5c|$|\?|#)/i.test(requestUrl.replace(/^[a-z]+:\/\/[^/]*/i, ''))) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.username || url.password || url.port) return null;
  const rawPath = url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // Backslashes and NUL have no business in a URL path; refusing them closes
  // the Windows separator and C-string truncation tricks.
  if (decoded.includes('\\') || decoded.includes('\0') || rawPath.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolvedRoot = path.resolve(root);
  const target = path.resolve(resolvedRoot, relative);
  if (target !== resolvedRoot && !target.startsWith(resolvedRoot + path.sep)) return null;
  return target;
}
