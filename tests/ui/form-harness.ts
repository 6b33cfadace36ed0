/**
 * Rendering a form dialog in jsdom for the form tests: React 19's `act`, the
 * English catalogue, and what jsdom lacks of <dialog> (showModal, close).
 * Import it from a test file that runs in the jsdom environment.
 */
import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nProvider } from '../../src-renderer/ui/app/i18n';
import { ToastProvider } from '../../src-renderer/ui/common/toasts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// jsdom has the element but not its modal behaviour; open and close are enough here.
const dialogProto = HTMLDialogElement.prototype as { showModal?: () => void; close?: () => void };
dialogProto.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
dialogProto.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

export interface Rendered {
  container: HTMLElement;
  unmount(): void;
}

/** Renders `element` in English, with toasts. */
export async function render(element: ReactElement): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(createElement(I18nProvider, { locale: 'en', children: createElement(ToastProvider, { children: element }) }));
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Types `value` into an input or textarea as React sees it (the native setter, then an input event). */
export async function type(field: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Presses a button, and lets what it starts settle. */
export async function press(button: HTMLElement): Promise<void> {
  await act(async () => {
    button.click();
  });
}

/** The control whose accessible name (aria-label, or its <label>'s text) starts with `name`. */
export function byLabel<T extends HTMLElement>(root: HTMLElement, name: string): T {
  for (const el of root.querySelectorAll<HTMLElement>('input, textarea, select, button')) {
    const label = el.getAttribute('aria-label') ?? el.closest('label')?.querySelector('span')?.textContent ?? el.textContent ?? '';
    if (label.trim().startsWith(name)) return el as T;
  }
  throw new Error(`no control named “${name}”`);
}

/** A promise with its resolve and reject in hand. */
export function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void } {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
