/**
 * The title rules (issue 17, point 4): metadata, else an opening headline,
 * else the first sentence of the first body paragraph (never a caption,
 * never cut inside a word), else the file name; and which paragraph is the
 * title, so that it is shown once and never suggested as a claim.
 * Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { fromBlocks, normalizeText, type TextBlock } from '../../../src-renderer/core/text/normalize';
import { clampTitle, MAX_TITLE_LENGTH, pickTitle, titleParagraphIndex } from '../../../src-renderer/core/text/title';

const blocks = (...b: TextBlock[]) => fromBlocks(b);
const title = (n: { text: string; paragraphs: Parameters<typeof pickTitle>[1] }, sources: Parameters<typeof pickTitle>[2] = {}) => pickTitle(n.text, n.paragraphs, { language: 'en', ...sources });

describe('pickTitle', () => {
  const story = blocks(
    { kind: 'caption', text: 'Workers inspect the east pier of the ferry terminal, on 4 March 2026.' },
    { kind: 'heading', text: 'Ferry terminal to reopen in June' },
    { kind: 'body', text: 'The port authority said on Friday that the terminal would reopen in June. Repairs cost €3 million.' },
  );

  it.each<[string, ReturnType<typeof blocks>, Parameters<typeof pickTitle>[2], string]>([
    ['metadata first, whatever the text says', story, { metadata: '  Terminal  reopening ' }, 'Terminal reopening'],
    ['blank metadata counts as absent', story, { metadata: '  ' }, 'Ferry terminal to reopen in June'],
    ['an opening heading, after a photo caption', story, {}, 'Ferry terminal to reopen in June'],
    [
      'an opening heading after a byline and a dateline',
      blocks({ kind: 'body', text: 'By Ada Moreau' }, { kind: 'body', text: '12 March 2026' }, { kind: 'heading', text: 'Tram line extended' }, { kind: 'body', text: 'The line gains four stops.' }),
      {},
      'Tram line extended',
    ],
    [
      'not a subheading further down: the first sentence of the first body paragraph',
      blocks({ kind: 'body', text: 'The library opened on Monday. It holds 40,000 books.' }, { kind: 'heading', text: 'What comes next' }, { kind: 'body', text: 'A café follows.' }),
      {},
      'The library opened on Monday.',
    ],
    [
      'never a caption or a credit line, even when nothing else opens the text',
      blocks({ kind: 'caption', text: 'Photo: the new library at dusk.' }, { kind: 'caption', text: '© City archive' }, { kind: 'body', text: 'The library opened on Monday. It holds 40,000 books.' }),
      {},
      'The library opened on Monday.',
    ],
    [
      'a headline line the classifier left as body (a shorter standfirst follows)',
      normalizeText('Ferry terminal to reopen in June after €3 million repairs, port says\nWork ends early.\nThe port authority said on Friday that the terminal would reopen.'),
      {},
      'Ferry terminal to reopen in June after €3 million repairs, port says',
    ],
    ['the file name when there is no body paragraph', blocks({ kind: 'list-item', text: '- Call the mayor' }, { kind: 'list-item', text: '- Check the budget' }), { fileName: 'C:\\desk\\to_do.md' }, 'to do'],
    ['pasted text with no body paragraph and no file name: its first line', blocks({ kind: 'list-item', text: '- Call the mayor' }), {}, '- Call the mayor'],
    ['nothing at all', blocks(), {}, ''],
  ])('%s', (_name, n, sources, expected) => {
    expect(title(n, sources)).toBe(expected);
  });

  it('cuts a long first sentence between two words, with an ellipsis', () => {
    const sentence =
      'The regional council voted on Thursday evening, after a debate that ran late into the night and filled the public gallery, to fund the new ferry line for another ten years.';
    const t = title(blocks({ kind: 'body', text: `${sentence} Two members abstained.` }));
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(t.endsWith('…')).toBe(true);
    const kept = t.slice(0, -1).split(' ');
    expect(kept).toEqual(sentence.split(' ').slice(0, kept.length));
    // The word after the cut is whole in the sentence: the cut fell on a space.
    expect(sentence[t.length - 1]).toMatch(/[ ,]/);
  });

  it('takes the file name rather than cut inside a word, and cuts a word only when nothing else is left', () => {
    const word = 'x'.repeat(300);
    expect(title(blocks({ kind: 'body', text: word }), { fileName: 'scan.txt' })).toBe('scan');
    const last = title(blocks({ kind: 'body', text: word }));
    expect(last).toHaveLength(MAX_TITLE_LENGTH);
    expect(last.endsWith('…')).toBe(true);
  });
});

describe('clampTitle', () => {
  it('keeps a short title on one line and cuts a long one at a word boundary', () => {
    expect(clampTitle('  Ferry\n terminal  ')).toBe('Ferry terminal');
    const t = clampTitle('word '.repeat(60));
    expect(t.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(t).toMatch(/^(word )+word…$/);
    // A word ending exactly at the limit is kept whole.
    const exact = `${'a'.repeat(MAX_TITLE_LENGTH - 1)} tail`;
    expect(clampTitle(exact)).toBe(`${'a'.repeat(MAX_TITLE_LENGTH - 1)}…`);
  });

  it('never splits a surrogate pair when it must cut a word', () => {
    const t = clampTitle('😀'.repeat(100));
    expect(t.endsWith('…')).toBe(true);
    expect(t.slice(0, -1)).toBe('😀'.repeat((t.length - 1) / 2));
  });
});

describe('titleParagraphIndex', () => {
  it('finds the opening headline that is the title, whatever its spacing and case, after a caption', () => {
    const n = blocks({ kind: 'caption', text: 'A ferry at the pier, on 4 March 2026.' }, { kind: 'heading', text: 'Ferry  terminal to reopen' }, { kind: 'body', text: 'The port said so.' });
    expect(titleParagraphIndex(n.paragraphs, n.text, 'ferry terminal to Reopen')).toBe(1);
  });

  it('finds a headline line left as body, and a long heading the title cut with an ellipsis', () => {
    const pasted = normalizeText('Ferry terminal to reopen in June after €3 million repairs, port says\nWork ends early.\nThe port authority said on Friday.');
    expect(pasted.paragraphs[0]?.kind).toBe('body');
    expect(titleParagraphIndex(pasted.paragraphs, pasted.text, pickTitle(pasted.text, pasted.paragraphs))).toBe(0);
    const long = `Ferry ${'terminal '.repeat(20)}reopens`;
    const n = blocks({ kind: 'heading', text: long }, { kind: 'body', text: 'The port said so.' });
    const cut = clampTitle(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(titleParagraphIndex(n.paragraphs, n.text, cut)).toBe(0);
  });

  it('leaves alone a different heading, a later heading, and a body sentence that gave the title', () => {
    const n = blocks({ kind: 'heading', text: 'What comes next' }, { kind: 'body', text: 'Ferry terminal to reopen' }, { kind: 'heading', text: 'Ferry terminal to reopen' });
    expect(titleParagraphIndex(n.paragraphs, n.text, 'Ferry terminal to reopen')).toBe(-1);
    expect(titleParagraphIndex(n.paragraphs, n.text, '')).toBe(-1);
    const lead = blocks({ kind: 'body', text: 'The terminal reopens in June.' }, { kind: 'body', text: 'Repairs cost €3 million.' });
    expect(titleParagraphIndex(lead.paragraphs, lead.text, pickTitle(lead.text, lead.paragraphs))).toBe(-1);
    // A heading that only begins like the title is not it.
    const other = blocks({ kind: 'heading', text: 'Ferry terminal to reopen soon' }, { kind: 'body', text: 'The port said so.' });
    expect(titleParagraphIndex(other.paragraphs, other.text, 'Ferry terminal to reopen')).toBe(-1);
  });
});
