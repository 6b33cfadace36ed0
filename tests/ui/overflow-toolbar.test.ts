/** Which toolbar items leave the row for "More" (ui/common/OverflowToolbar). */
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { overflowKeys, toggleItem, type ToolbarItem } from '../../src-renderer/ui/common/OverflowToolbar';

const item = (key: string, extra: Partial<ToolbarItem> = {}): ToolbarItem => ({ key, node: key, action: { key, label: key, run: () => undefined }, ...extra });
const widths = new Map([
  ['a', 100],
  ['b', 100],
  ['c', 100],
  ['d', 100],
]);

describe('overflowKeys', () => {
  it('keeps everything on a row wide enough, gaps included', () => {
    expect(overflowKeys([item('a'), item('b'), item('c'), item('d')], widths, 430, 6, 80)).toEqual(new Set());
  });

  it('moves the last items first, making room for the More button too', () => {
    // 4 × 106 = 424 > 420, and More needs 86: the last one goes (338 + 86 fits)…
    expect(overflowKeys([item('a'), item('b'), item('c'), item('d')], widths, 420, 6, 80)).toEqual(new Set(['d']));
    // …and on a narrower row the one before it too.
    expect(overflowKeys([item('a'), item('b'), item('c'), item('d')], widths, 400, 6, 80)).toEqual(new Set(['c', 'd']));
  });

  it('follows priorities, lowest first', () => {
    const items = [item('a', { priority: 9 }), item('b', { priority: 1 }), item('c', { priority: 0 }), item('d', { priority: 5 })];
    expect(overflowKeys(items, widths, 330, 6, 80)).toEqual(new Set(['c', 'b']));
  });

  it('never moves an item without a menu action, even when nothing else fits', () => {
    const items = [item('a', { action: undefined }), item('b'), item('c', { action: undefined })];
    expect(overflowKeys(items, widths, 100, 6, 80)).toEqual(new Set(['b']));
  });
});

describe('toggleItem', () => {
  const markup = (toggle: ToolbarItem) => renderToStaticMarkup(toggle.node as ReactElement);

  it('gives the button on the row and the entry in More the same label, state, hint and action', () => {
    let runs = 0;
    const toggle = toggleItem({ key: 'edit', priority: 1, end: true, label: 'Edit text', title: 'Change the words', pressed: true, run: () => runs++ });
    expect(toggle).toMatchObject({ key: 'edit', priority: 1, end: true, action: { key: 'edit', label: 'Edit text', pressed: true, disabled: false, title: 'Change the words' } });
    expect(markup(toggle)).toBe('<button type="button" aria-pressed="true" title="Change the words">Edit text</button>');
    toggle.action!.run();
    expect(runs).toBe(1);
  });

  it('disables both when the toggle cannot be used, and shows it not pressed', () => {
    const toggle = toggleItem({ key: 'focus', label: 'Focus view', pressed: false, disabled: true, run: () => undefined });
    expect(toggle.action).toMatchObject({ pressed: false, disabled: true });
    expect(markup(toggle)).toBe('<button type="button" aria-pressed="false" disabled="">Focus view</button>');
  });
});
