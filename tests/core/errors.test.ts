/**
 * core/errors.ts: the one way a thrown value becomes words (the innermost
 * cause of a wrapped error), used by storage, the worker, core's parsers,
 * main, and under the UI's describeError.
 */
import { describe, expect, it } from 'vitest';
import { errorChain, firstLineOf, innermostMessage } from '../../src-renderer/core/errors';

describe('innermostMessage', () => {
  it('an error alone: its message', () => {
    expect(innermostMessage(new Error('the disk said no'))).toBe('the disk said no');
  });

  it('an Error with a cause: the innermost cause, however deep', () => {
    const inner = new DOMException('Quota exceeded (simulated)', 'QuotaExceededError');
    expect(innermostMessage(new Error('upgrade failed', { cause: new Error('transaction aborted', { cause: inner }) }))).toBe('Quota exceeded (simulated)');
  });

  it("Dexie's wrappers (`inner`) likewise", () => {
    expect(innermostMessage({ name: 'AbortError', message: 'Transaction aborted', inner: { name: 'IOError', message: 'Failed to write blobs' } })).toBe('Failed to write blobs');
  });

  it('a cause without a message: the nearest wrapper that has one', () => {
    expect(innermostMessage(new Error('the outer words', { cause: { code: 28 } }))).toBe('the outer words');
    expect(innermostMessage(new Error('outer', { cause: new Error('') }))).toBe('outer');
  });

  it('a value that is not an error: the value as text', () => {
    expect(innermostMessage('plain words')).toBe('plain words');
    expect(innermostMessage(42)).toBe('42');
    expect(innermostMessage(undefined)).toBe('undefined');
    expect(innermostMessage(new Error(''))).toBe('Error');
  });

  it('a cycle of causes ends', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(errorChain(a)).toHaveLength(2);
    expect(innermostMessage(a)).toBe('b');
  });
});

describe('firstLineOf', () => {
  it("the innermost cause's first line, cut to the length asked", () => {
    expect(firstLineOf(new Error('outer', { cause: new Error('line one\nline two') }), 100)).toBe('line one');
    expect(firstLineOf(new Error('x'.repeat(500)), 300)).toBe('x'.repeat(300));
    expect(firstLineOf('not an error\nat all', 5)).toBe('not a');
  });
});
