/**
 * What dexie-export-import needs in Node that browsers have: `self` (read as
 * it loads) and `FileReader` (its export always ends by flushing a Blob
 * queue through one, even an empty one). Import before the code under test.
 */
import 'fake-indexeddb/auto';

const g = globalThis as { self?: unknown; FileReader?: unknown };
g.self ??= globalThis;

class NodeFileReader {
  result: ArrayBuffer | null = null;
  error: unknown = null;
  onload: ((ev: { target: NodeFileReader }) => void) | null = null;
  onerror: ((ev: { target: NodeFileReader }) => void) | null = null;
  onabort: ((ev: { target: NodeFileReader }) => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (buffer) => {
        this.result = buffer;
        this.onload?.({ target: this });
      },
      (error: unknown) => {
        this.error = error;
        this.onerror?.({ target: this });
      },
    );
  }
}
g.FileReader ??= NodeFileReader;
