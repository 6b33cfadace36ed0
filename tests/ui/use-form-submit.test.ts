// @vitest-environment jsdom
/**
 * ui/common/use-form-submit through a small FormDialog: a second press while
 * the save runs does nothing, the button is busy meanwhile, a refusal lands
 * on its field (aria-invalid, aria-describedby, focus where asked), and a
 * save that throws is put into words by describeError with the typed values
 * kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createElement, Fragment, useRef, useState } from 'react';
import { FormDialog } from '../../src-renderer/ui/common/Dialog';
import { useFormSubmit } from '../../src-renderer/ui/common/use-form-submit';
import { byLabel, deferred, press, render, type, type Rendered } from './form-harness';

type Field = 'name' | 'choice' | 'form';

/** Name (its error at the end of the form, described by a hint too) and Choice (its own message, focused when refused). */
function TestForm({ write }: { write: (name: string) => Promise<void> }) {
  const [name, setName] = useState('');
  const [choice, setChoice] = useState('');
  const choiceRef = useRef<HTMLSelectElement>(null);
  const form = useFormSubmit<Field>(
    async (): Promise<void> => {
      if (name.trim() === '') return form.fail('name', 'Enter a name.');
      if (choice === '') return form.fail('choice', 'Choose one.');
      await form.save(() => write(name));
    },
    { failField: 'form', failed: (detail) => `Nothing was saved: ${detail}`, inline: ['choice'], focus: { choice: choiceRef } },
  );
  const fields = createElement(
    Fragment,
    null,
    createElement('input', { 'aria-label': 'Name', value: name, onChange: (e: { target: HTMLInputElement }) => form.edit('name', setName)(e.target.value), ...form.describe('name', 'name-hint') }),
    createElement('p', { id: 'name-hint' }, 'Your name.'),
    createElement(
      'select',
      { ref: choiceRef, 'aria-label': 'Choice', value: choice, 'aria-invalid': form.messageOf('choice') ? true : undefined, onChange: (e: { target: HTMLSelectElement }) => setChoice(e.target.value) },
      createElement('option', { value: '' }, '—'),
      createElement('option', { value: 'a' }, 'A'),
    ),
    form.messageOf('choice') !== undefined && createElement('span', { className: 'choice-error', role: 'alert' }, form.messageOf('choice')),
  );
  return createElement(FormDialog, { form, title: 'Test form', onClose: () => undefined, submitLabel: 'Save', children: fields });
}

let shown: Rendered | undefined;
afterEach(() => {
  shown?.unmount();
  shown = undefined;
});

async function open(write: (name: string) => Promise<void>) {
  shown = await render(createElement(TestForm, { write }));
  const root = shown.container;
  const save = byLabel<HTMLButtonElement>(root, 'Save');
  const alerts = () => Array.from(root.querySelectorAll('[role=alert]'), (a) => a.textContent);
  return { root, save, name: byLabel<HTMLInputElement>(root, 'Name'), choice: byLabel<HTMLSelectElement>(root, 'Choice'), alerts };
}

async function choose(select: HTMLSelectElement, value: string) {
  const { act } = await import('react');
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('useFormSubmit', () => {
  it('ignores a second press while the save runs, and is busy until it ends', async () => {
    const calls: string[] = [];
    const pending = deferred();
    const f = await open((name) => {
      calls.push(name);
      return pending.promise;
    });
    await type(f.name, 'Ada');
    await choose(f.choice, 'a');
    // Two presses before React renders anything in between.
    const { act } = await import('react');
    await act(async () => {
      f.save.click();
      f.save.click();
    });
    expect(calls).toEqual(['Ada']);
    expect(f.save.disabled).toBe(true);
    expect(f.save.getAttribute('aria-busy')).toBe('true');
    // Enter in a field submits too: still ignored.
    await act(async () => {
      f.root.querySelector('form')!.requestSubmit();
    });
    expect(calls).toEqual(['Ada']);

    await act(async () => pending.resolve());
    expect(f.save.disabled).toBe(false);
    expect(f.save.hasAttribute('aria-busy')).toBe(false);
    // Once it has ended, the next press saves again.
    await press(f.save);
    expect(calls).toEqual(['Ada', 'Ada']);
  });

  it('shows a refusal at the end of the form for a field without its own message, and points the field at it', async () => {
    const calls: string[] = [];
    const f = await open(async (name) => {
      calls.push(name);
    });
    await press(f.save);
    expect(calls).toEqual([]);
    expect(f.alerts()).toEqual(['Enter a name.']);
    const message = f.root.querySelector('form > p.form-error')!;
    expect(message.textContent).toBe('Enter a name.');
    expect(f.name.getAttribute('aria-invalid')).toBe('true');
    expect(f.name.getAttribute('aria-describedby')).toBe(`${message.id} name-hint`);
    expect(f.save.disabled).toBe(false);

    // Typing in the field drops its error: it no longer applies.
    await type(f.name, 'Ada');
    expect(f.alerts()).toEqual([]);
    expect(f.name.hasAttribute('aria-invalid')).toBe(false);
    expect(f.name.getAttribute('aria-describedby')).toBe('name-hint');
  });

  it('leaves the message of a field that shows its own to the field, and focuses it when asked', async () => {
    const f = await open(async () => undefined);
    await type(f.name, 'Ada');
    f.name.focus();
    await press(f.save);
    expect(f.alerts()).toEqual(['Choose one.']);
    expect(f.root.querySelector('form > p.form-error')).toBeNull();
    expect(f.root.querySelector('.choice-error')?.textContent).toBe('Choose one.');
    expect(f.choice.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(f.choice);
    expect(f.name.hasAttribute('aria-invalid')).toBe(false);
  });

  it('puts a failed save into words with describeError, keeps what was typed, and lets the editor retry', async () => {
    let fail = true;
    const calls: string[] = [];
    const f = await open(async (name) => {
      calls.push(name);
      if (fail) throw new Error('wrapped', { cause: new DOMException('Quota exceeded (simulated)', 'QuotaExceededError') });
    });
    await type(f.name, 'Ada');
    await choose(f.choice, 'a');
    await press(f.save);
    expect(f.alerts()).toEqual(['Nothing was saved: storage quota exceeded: the workspace may use no more space. Free some space, then retry (Quota exceeded (simulated))']);
    // The failure is about the form, not a field.
    expect(f.name.hasAttribute('aria-invalid')).toBe(false);
    expect(f.name.value).toBe('Ada');
    expect(f.choice.value).toBe('a');
    expect(f.save.disabled).toBe(false);

    fail = false;
    await press(f.save);
    expect(calls).toEqual(['Ada', 'Ada']);
    expect(f.alerts()).toEqual([]);
  });
});
