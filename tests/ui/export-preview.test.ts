/**
 * The export dialog's preview (ui/export/export-formats.ts): the HTML report
 * framed with links that open nowhere, and long text files cut between lines.
 */
import { describe, expect, it } from 'vitest';
import { previewHtml, previewText } from '../../src-renderer/ui/export/export-formats';

describe('previewHtml', () => {
  it('sends every link of the report to a new window (refused by the frame sandbox), first thing in <head>', () => {
    const html = '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>R</title></head><body><header><a href="https://example.org/">x</a></header></body></html>';
    const shown = previewHtml(html);
    expect(shown).toBe(html.replace('<head>', '<head><base target="_blank">'));
    // A <header> is not taken for the <head>.
    expect(previewHtml('<header>a</header><head lang="en">b')).toBe('<header>a</header><head lang="en"><base target="_blank">b');
    expect(previewHtml('<p>no head</p>')).toBe('<base target="_blank"><p>no head</p>');
  });
});

describe('previewText', () => {
  it('keeps a file up to the limit whole', () => {
    expect(previewText('{"a": 1}\n', 100)).toEqual({ text: '{"a": 1}\n', cut: false, total: 9 });
  });

  it('cuts a longer file at the last line end before the limit and says how long it is', () => {
    const data = ['line one', 'line two', 'line three'].join('\n');
    expect(previewText(data, 20)).toEqual({ text: 'line one\nline two', cut: true, total: data.length });
    expect(previewText('x'.repeat(50), 20)).toEqual({ text: 'x'.repeat(20), cut: true, total: 50 });
  });
});
