/**
 * `npm run web`: serves the built renderer (out/renderer) on localhost so the
 * workbench can be used in a browser (the browser host). Static files only,
 * with the same path-traversal rules and CSP as the app:// handler.
 *
 *   npm run web -- [--port 4173] [--host 127.0.0.1]
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, mimeTypeFor, resolveAppPath } from '../app-protocol';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const root = path.resolve(process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && !all[i - 1]?.startsWith('--')) ?? 'out/renderer');
const port = Number(option('port', process.env['PORT'] ?? '4173'));
const host = option('host', '127.0.0.1');

const server = createServer((req, res) => {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const file = resolveAppPath(root, `${APP_ORIGIN}${pathname.startsWith('/') ? pathname : '/' + pathname}`);
  if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
    res.writeHead(file ? 405 : 404).end();
    return;
  }
  readFile(file).then(
    (body) => {
      res.writeHead(200, {
        'Content-Type': mimeTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
    () => res.writeHead(404).end(),
  );
});

server.listen(port, host, () => {
  console.log(`Workbench (browser host) at http://${host}:${port}/ — serving ${root}`);
});
