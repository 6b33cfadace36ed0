import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './src-main/app-protocol';
import pkg from './package.json' with { type: 'json' };

/**
 * Adds the Content-Security-Policy as a <meta> tag to the built index.html, so
 * the renderer is locked down in the browser host too (the app:// handler
 * also sends it as a header). Only on build: the dev server's hot reload
 * needs inline scripts. `frame-ancestors` is dropped because browsers ignore
 * it in a meta tag (and warn about it).
 */
function cspMeta(): Plugin {
  const policy = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
  return {
    name: 'workbench-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

/**
 * The entry (src-renderer/main.tsx) is tiny and imports the rest
 * dynamically — ui/app/boot.ts, which opens the workspace, and
 * ui/app/mount.tsx, the interface — so that the database work begins before
 * the interface's code has arrived. This requests their chunks, and their
 * styles, with the page itself (modulepreload and stylesheet links in
 * index.html) instead of once the entry has run: no extra round trip, and
 * the start code stays listed in the page, where the bench counts it.
 */
function preloadInterface(): Plugin {
  const STARTED = ['/src-renderer/ui/app/boot.ts', '/src-renderer/ui/app/mount.tsx'];
  return {
    name: 'workbench-preload-interface',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return undefined;
        const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        const scripts = new Set<string>();
        const styles = new Set<string>();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (scripts.has(file) || !chunk || chunk.type !== 'chunk') return;
          scripts.add(file);
          for (const css of chunk.viteMetadata?.importedCss ?? []) styles.add(css);
          for (const imported of chunk.imports) visit(imported);
        };
        for (const module of STARTED) {
          const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(module));
          if (!chunk) throw new Error(`workbench-preload-interface: no chunk for ${module}`);
          visit(chunk.fileName);
        }
        const linked = (file: string) => html.includes(`/${file}"`);
        const tags: HtmlTagDescriptor[] = [];
        for (const file of styles) if (!linked(file)) tags.push({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
        for (const file of scripts) if (!linked(file)) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' });
        return tags;
      },
    },
  };
}

const __dirname = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(__dirname, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require() anything: bundle it whole, as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    plugins: [react(), cspMeta(), preloadInterface()],
    worker: { format: 'es' },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      // electron-vite leaves the renderer unminified by default; the window parses every byte at each start.
      minify: true,
      sourcemap: process.env['CHUNK_MAP'] ? true : false,
      rolldownOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
    },
  },
});
