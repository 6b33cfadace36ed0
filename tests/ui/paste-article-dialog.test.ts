// @vitest-environment jsdom
/**
 * "Paste article" (ui/import/PasteArticleDialog) on useFormSubmit: the empty
 * text refused on its field, the article read by the lazily loaded reader and
 * handed over once however often Add is pressed, and a failed add shown in
 * describeError's words with the pasted text kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, createElement } from 'react';
import type { ImportedArticle } from '../../src-renderer/formats/import-file';
import { PasteArticleDialog } from '../../src-renderer/ui/import/PasteArticleDialog';
import { byLabel, deferred, press, render, type, type Rendered } from './form-harness';

const TEXT = 'The council met on Tuesday.\n\nIt voted 7 to 2 to repair the harbour bridge.';

let shown: Rendered | undefined;
afterEach(() => {
  shown?.unmount();
  shown = undefined;
});

async function open(onAdd: (article: ImportedArticle) => Promise<void>) {
  shown = await render(createElement(PasteArticleDialog, { onClose: () => undefined, onAdd }));
  const root = shown.container;
  return {
    root,
    text: byLabel<HTMLTextAreaElement>(root, 'Article text'),
    title: byLabel<HTMLInputElement>(root, 'Title'),
    add: byLabel<HTMLButtonElement>(root, 'Add article'),
    alerts: () => Array.from(root.querySelectorAll('[role=alert]'), (a) => a.textContent),
  };
}

/** Until the lazily imported reader has run and the add has been called or refused. */
async function settle(until: () => boolean) {
  for (let i = 0; i < 200 && !until(); i++) await act(() => new Promise((r) => setTimeout(r, 10)));
}

describe('PasteArticleDialog', () => {
  it('refuses an empty text on the text field, described by the message and the hint', async () => {
    const added: ImportedArticle[] = [];
    const f = await open(async (a) => void added.push(a));
    await press(f.add);
    expect(f.alerts()).toEqual(['The pasted text is empty.']);
    expect(f.text.getAttribute('aria-invalid')).toBe('true');
    const [errorId, hintId] = f.text.getAttribute('aria-describedby')!.split(' ');
    expect(f.root.querySelector(`[id="${errorId}"]`)?.textContent).toBe('The pasted text is empty.');
    expect(f.root.querySelector(`[id="${hintId}"]`)?.className).toBe('field-hint');
    expect(added).toEqual([]);
  });

  it('reads the text and adds it once, however often Add is pressed while it is read and saved', async () => {
    const added: ImportedArticle[] = [];
    const saving = deferred();
    const f = await open(async (a) => {
      added.push(a);
      await saving.promise;
    });
    await type(f.text, TEXT);
    await type(f.title, 'Council vote');
    await act(async () => {
      f.add.click();
      f.add.click();
    });
    await settle(() => added.length > 0);
    await press(f.add);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ ok: true, title: 'Council vote' });
    expect(f.add.disabled).toBe(true);
    await act(async () => saving.resolve());
  });

  it('shows why an add failed, keeps the pasted text, and adds on retry', async () => {
    let attempts = 0;
    const f = await open(async () => {
      attempts++;
      if (attempts === 1) throw new Error('Could not read the library', { cause: new DOMException('Quota exceeded (simulated)', 'QuotaExceededError') });
    });
    await type(f.text, TEXT);
    await press(f.add);
    await settle(() => f.alerts().length > 0);
    expect(f.alerts()).toEqual(['storage quota exceeded: the workspace may use no more space. Free some space, then retry (Quota exceeded (simulated))']);
    // The failure is the save's, not the text's.
    expect(f.text.hasAttribute('aria-invalid')).toBe(false);
    expect(f.text.value).toBe(TEXT);
    expect(f.add.disabled).toBe(false);

    await press(f.add);
    await settle(() => attempts === 2 && f.alerts().length === 0);
    expect(attempts).toBe(2);
    expect(f.alerts()).toEqual([]);
  });
});
