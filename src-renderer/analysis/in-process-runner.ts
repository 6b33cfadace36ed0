/**
 * An analysis runner on the calling thread, for tests and the command line:
 * the same engine as the worker, asynchronously (one macrotask later), so
 * callers see the same ordering as with a worker.
 */
// The engine makes translators in any language synchronously: every catalogue, bundled.
import '../core/i18n/bundled';
import { createEngine } from './engine';
import type { AnalysisRunner } from './runner';

export function inProcessRunner(): AnalysisRunner {
  const engine = createEngine();
  let stopCurrent: ((reason: Error) => void) | null = null;
  return {
    run(request) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          stopCurrent = null;
          try {
            resolve(engine.run(request));
          } catch (error) {
            reject(error);
          }
        }, 0);
        stopCurrent = (reason) => {
          clearTimeout(timer);
          reject(reason);
        };
      });
    },
    stop(reason) {
      stopCurrent?.(reason);
      stopCurrent = null;
    },
    prewarm() {},
  };
}
