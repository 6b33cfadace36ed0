/**
 * The analysis Web Worker: the only place the renderer runs core/analysis,
 * one request at a time, so that analysing a 1 MB article never blocks typing
 * or scrolling, and the analysis engine stays out of the page's own code.
 */
import { NO_WORKSPACE } from '../core/analysis/pipeline';
import { innermostMessage } from '../core/errors';
import { u16 } from '../core/text/offsets';
// The engine makes translators in any language synchronously: every catalogue, bundled.
import '../core/i18n/bundled';
import { createEngine } from './engine';
import { WARM_WORKER_NAME, type AnalyzeRequest, type WorkerReply } from './protocol';

/** The worker global scope, typed by hand: the renderer compiles with the DOM library. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalyzeRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const engine = createEngine();

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
  ['de', 'Aus Regierungskreisen hieß es, der Minister solle am Dienstag 12.000 Stellen angekündigt haben, „ein Rekord“, sagte Anna Schmidt.'],
];

function warmUp(): void {
  for (const [language, text] of WARM_UP) {
    try {
      const input = { text, paragraphs: [{ index: 0, start: u16(0), end: u16(text.length), kind: 'body' as const }], language, suggestionThreshold: 0.5 };
      engine.run({ textKey: `warm-up\u0000${language}`, locale: 'en', input, facts: NO_WORKSPACE });
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
    scope.postMessage({ type: 'done', id: request.id, ...engine.run(request) });
  } catch (error) {
    scope.postMessage({ type: 'failed', id: request.id, message: innermostMessage(error) });
  }
};
