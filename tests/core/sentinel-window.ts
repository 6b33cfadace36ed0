/**
 * A window that WOULD run scripts and fetch resources if anything reached its
 * live document (jsdom with scripts on), with every request recorded (and
 * answered locally): what the format readers get in the hostile-input tests.
 */
import { JSDOM, requestInterceptor } from 'jsdom';
import type { DomWindowLike } from '../../src-renderer/formats/html';

export type SentinelWindow = DomWindowLike & { __hostile?: unknown };

export function sentinelWindow(): { win: SentinelWindow; requests: string[] } {
  const requests: string[] = [];
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'https://workbench.invalid/',
    runScripts: 'dangerously',
    resources: {
      interceptors: [
        requestInterceptor((request) => {
          requests.push(request.url);
          return new Response('window.__hostile = "fetched script ran";', { status: 200, headers: { 'Content-Type': 'application/javascript' } });
        }),
      ],
    },
  });
  return { win: dom.window as unknown as SentinelWindow, requests };
}

/** Time for anything a document started (a script, a fetch) to have happened. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 100));
