/**
 * The analysis Web Worker: runs core/analysis off the UI thread, one request
 * at a time, so that analysing a 1 MB article never blocks typing or
 * scrolling. The client (`./client.ts`) sends at most one request at a time
 * and drops answers that a newer request made obsolete.
 */
import { u16 } from '../core/text/offsets';
import { WARM_WORKER_NAME, type AnalyzeRequest, type WorkerReply } from './protocol';
import { runAnalysis } from './run';

/** The worker global scope, typed by hand: the renderer compiles with the DOM library. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

/**
 * The first analysis in a fresh worker pays for compiling every pattern and
 * warming the scorer (about a second, against tens of milliseconds after):
 * a short text per supported language is analysed as soon as the worker
 * starts, before the editor opens an article. A request arriving meanwhile
 * simply waits its turn.
 */
const WARM_UP: readonly (readonly [string, string])[] = [
  ['fr', 'Selon certaines informations, le ministre aurait annoncé mardi 12 000 emplois, «un record», a déclaré Marie Dupont.'],
  ['en', 'According to people familiar with the matter, the minister reportedly announced 12,000 jobs on Tuesday, "a record", said Jane Doe.'],
  ['es', 'Según fuentes oficiales, el ministro habría anunciado el martes 12.000 empleos, «un récord», dijo María Pérez.'],
];

function warmUp(): void {
  for (const [language, text] of WARM_UP) {
    try {
      runAnalysis({ locale: 'en', input: { text, paragraphs: [{ index: 0, start: u16(0), end: u16(text.length), kind: 'body' }], language, suggestionThreshold: 0.5 } });
    } catch {
      // A warm-up failure is not the editor's concern; the real request will report its own.
    }
  }
}

// Only the first worker of a session warms up: one restarted after a superseded run has a request waiting.
if ((self as unknown as { name?: string }).name === WARM_WORKER_NAME) setTimeout(warmUp, 0);

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== 'analyze') return;
  try {
    scope.postMessage({ type: 'done', id: request.id, analysis: runAnalysis(request) });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};
