import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify, fromBlocks, normalizeText, type NormalizedText } from '../../../src-renderer/core/text/normalize';
import { decodeBytes } from '../../../src-renderer/core/text/decode';
import { countWork } from '../work-count';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');
const texts = (n: NormalizedText): string[] => n.paragraphs.map((p) => n.text.slice(p.start, p.end));
const kinds = (n: NormalizedText): string => n.paragraphs.map((p) => p.kind).join(' ');

/** Words without punctuation wrapped at 70 columns, with a blank line every `blankEvery` lines if given. */
function hardWrapped(size: number, blankEvery = Infinity): string {
  const vocabulary = ['council', 'budget', 'million', 'bridge', 'minister', 'said', 'percent', 'report', 'the', 'of', 'and', 'vote'];
  const lines: string[] = [];
  let line = '';
  for (let i = 0, len = 0; len < size; i++) {
    const w = vocabulary[(i * 7 + (i >> 3)) % vocabulary.length]!;
    if (line.length + w.length + 1 > 70) {
      lines.push(line);
      if (lines.length % (blankEvery + 1) === blankEvery) lines.push('');
      line = '';
    }
    line += (line ? ' ' : '') + w;
    len += w.length + 1;
  }
  lines.push(line);
  return lines.join('\n');
}

/** The canonical-text invariants of DESIGN.md, and the span invariants. */
function expectCanonical(n: NormalizedText): void {
  expect(n.text).not.toMatch(/\r/);
  expect(n.text).toBe(n.text.normalize('NFC'));
  expect(n.text).not.toMatch(/[^\S\n]\n/); // no trailing whitespace on a line
  expect(n.text).not.toMatch(/\s$/);
  expect(n.text).not.toMatch(/^\n/);
  expect(n.text).not.toMatch(/\n{3,}/);
  let last = 0;
  n.paragraphs.forEach((p, i) => {
    expect(p.index).toBe(i);
    expect(p.start).toBeGreaterThanOrEqual(last);
    expect(p.end).toBeGreaterThan(p.start);
    const s = n.text.slice(p.start, p.end);
    expect(s).toBe(s.trim());
    expect(s).not.toContain('\n\n');
    last = p.end;
  });
  // Everything outside paragraphs is separators.
  let outside = '';
  let pos = 0;
  for (const p of n.paragraphs) {
    outside += n.text.slice(pos, p.start);
    pos = p.end;
  }
  expect((outside + n.text.slice(pos)).trim()).toBe('');
}

describe('normalizeText on the fixtures', () => {
  it('geneva-talks-fr.txt: 19 paragraphs, the caption and the subheading, no trailing blank paragraphs', () => {
    const raw = fixture('geneva-talks-fr.txt');
    const n = normalizeText(raw);
    expectCanonical(n);
    expect(n.paragraphs).toHaveLength(19);
    expect(n.paragraphs[0]?.kind).toBe('caption');
    expect(n.paragraphs[12]?.kind).toBe('heading');
    expect(texts(n)[12]).toBe('Gratitude de Kiev envers Trump pour son engagement');
    expect(n.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(17);
    // One paragraph per line, text unchanged apart from the 20 trailing blank lines.
    expect(texts(n)).toEqual(raw.split('\n').filter((l) => l.trim() !== ''));
    expect(n.text).toBe(raw.trimEnd());
  });

  it.each([
    ['harbour-bridge-en.txt', 9],
    ['harbour-bridge-en-v2.txt', null],
  ] as const)('%s: blank-line paragraphs, the headline is a heading, the rest body', (name, count) => {
    const raw = fixture(name);
    const n = normalizeText(raw);
    expectCanonical(n);
    if (count !== null) expect(n.paragraphs).toHaveLength(count);
    expect(n.paragraphs.length).toBe(raw.split(/\n\s*\n/).filter((b) => b.trim() !== '').length);
    expect(n.paragraphs[0]?.kind).toBe('heading');
    expect(n.paragraphs.slice(1).every((p) => p.kind === 'body')).toBe(true);
    expect(n.text).toBe(raw.trim());
  });

  it('cp1252-sample.txt: CRLF becomes LF after decoding', () => {
    const d = decodeBytes(readFileSync(fileURLToPath(new URL('../../fixtures/cp1252-sample.txt', import.meta.url))), 'cp1252-sample.txt');
    if (!d.ok) throw new Error(d.message);
    const n = normalizeText(d.text);
    expect(n.text).toBe('Café prices rose by 12% in 2024, the “national” statistics office said €.\nSecond line.');
    expect(kinds(n)).toBe('body body');
  });

  it.each(['geneva-talks-fr.txt', 'harbour-bridge-en.txt', 'harbour-bridge-en-v2.txt'])('is idempotent on %s', (name) => {
    const once = normalizeText(fixture(name));
    expect(normalizeText(once.text)).toEqual(once);
  });
});

describe('normalizeText on generated inputs', () => {
  it.each([
    ['empty', '', '', []],
    ['whitespace only', ' \t\n\r\n  \n', '', []],
    ['mixed CRLF, CR and LF', 'One.\r\nTwo.\rThree.\nFour.', 'One.\nTwo.\nThree.\nFour.', ['One.', 'Two.', 'Three.', 'Four.']],
    ['trailing whitespace and blank lines', 'A line.  \t\nB line.\u00a0\n\n\n', 'A line.\nB line.', ['A line.', 'B line.']],
    ['leading blank lines', '\n\n  \nFirst.', 'First.', ['First.']],
    ['runs of blank lines collapse to one', 'One.\n\n\n\n\nTwo.\n\n\nThree.', 'One.\n\nTwo.\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['NFC: combining marks composed', 'Cafe\u0301 cre\u0300me', 'Café crème', ['Café crème']],
    ['emoji kept as they are', 'Bravo 👍🏽 👨‍👩‍👧 !', 'Bravo 👍🏽 👨‍👩‍👧 !', ['Bravo 👍🏽 👨‍👩‍👧 !']],
    ['a BOM character at the start is dropped', '\ufeffHello.', 'Hello.', ['Hello.']],
    ['Unicode line and paragraph separators', 'One.\u2028Two.\u2029Three.', 'One.\nTwo.\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['indentation kept in the text, not in the span', 'First.\n    Indented second.', 'First.\n    Indented second.', ['First.', 'Indented second.']],
    [
      'Arabic (RTL), one paragraph per line',
      'قال المتحدث إن الاجتماع كان مثمرا.\nوأضاف أن المفاوضات ستستمر.',
      'قال المتحدث إن الاجتماع كان مثمرا.\nوأضاف أن المفاوضات ستستمر.',
      ['قال المتحدث إن الاجتماع كان مثمرا.', 'وأضاف أن المفاوضات ستستمر.'],
    ],
    [
      'Hebrew (RTL), blank-line paragraphs',
      'הממשלה אישרה את התוכנית.\n\nהאופוזיציה התנגדה.',
      'הממשלה אישרה את התוכנית.\n\nהאופוזיציה התנגדה.',
      ['הממשלה אישרה את התוכנית.', 'האופוזיציה התנגדה.'],
    ],
  ] as const)('%s', (_name, raw, text, paragraphs) => {
    const n = normalizeText(raw);
    expectCanonical(n);
    expect(n.text).toBe(text);
    expect(texts(n)).toEqual(paragraphs);
  });

  it('joins hard-wrapped text into one paragraph per block', () => {
    const raw = [
      'Harbour bridge repairs approved',
      '',
      'The city council approved a $48 million repair plan for the',
      'Northgate harbour bridge on Tuesday, two years after inspectors',
      'first reported corrosion in its steel supports.',
      '',
      'Mayor Elena Ruiz said the work would begin in March and close',
      'two of the bridge\'s four lanes for about nine months. The plan',
      'passed by seven votes to two, after a long and well-',
      'attended debate.',
      '',
      '- first item of a list that stays',
      '- second item',
    ].join('\r\n');
    const n = normalizeText(raw);
    expectCanonical(n);
    expect(texts(n)).toEqual([
      'Harbour bridge repairs approved',
      'The city council approved a $48 million repair plan for the Northgate harbour bridge on Tuesday, two years after inspectors first reported corrosion in its steel supports.',
      "Mayor Elena Ruiz said the work would begin in March and close two of the bridge's four lanes for about nine months. The plan passed by seven votes to two, after a long and well-attended debate.",
      '- first item of a list that stays',
      '- second item',
    ]);
    expect(kinds(n)).toBe('heading body body list-item list-item');
    expect(n.text).toContain('supports.\n\nMayor');
    expect(n.text).toContain('stays\n- second');
  });

  it('reflows a hard-wrapped text without blank lines at short sentence-final lines and indents', () => {
    // Wrapped at 66 columns: "midnight." had room for "Critics", so the paragraph ended there.
    const raw = [
      'The council met on Tuesday evening to discuss the harbour bridge',
      'and the repairs that inspectors asked for two years ago.',
      '  The plan passed by seven votes to two after a debate that',
      'lasted more than four hours and ended close to midnight.',
      'Critics say the closure will hurt small businesses.',
      'The council will publish the full engineering report next week on',
      'its website, together with the minutes of the meeting.',
    ].join('\n');
    const n = normalizeText(raw);
    expectCanonical(n);
    expect(texts(n)).toEqual([
      'The council met on Tuesday evening to discuss the harbour bridge and the repairs that inspectors asked for two years ago.',
      'The plan passed by seven votes to two after a debate that lasted more than four hours and ended close to midnight.',
      'Critics say the closure will hurt small businesses.',
      'The council will publish the full engineering report next week on its website, together with the minutes of the meeting.',
    ]);
  });

  it('does not reflow short lines that are not wrapped (a list of titles, a poem-like block)', () => {
    const raw = 'Monday\nTuesday\nWednesday\nThursday';
    expect(texts(normalizeText(raw))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday']);
    const sentences = 'The vote was held on Tuesday.\nThe plan passed by seven votes to two.\nCritics say it costs too much.';
    expect(texts(normalizeText(sentences))).toHaveLength(3);
  });

  it('imports a 5 MB single line as one paragraph', () => {
    const line = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(Math.ceil((5 * 1024 * 1024) / 57));
    const n = normalizeText(line + '   \n\n');
    expect(n.paragraphs).toHaveLength(1);
    expect(n.paragraphs[0]).toMatchObject({ start: 0, end: line.trimEnd().length, kind: 'body' });
  });

  it('imports 50 000 short lines (a word list) as 50 000 paragraphs', () => {
    const raw = Array.from({ length: 50_000 }, (_, i) => `Word ${i}`).join('\n');
    const n = normalizeText(raw);
    expect(n.paragraphs).toHaveLength(50_000);
    expect(n.paragraphs.every((p) => p.kind === 'body')).toBe(true);
  });

  it('reflows a hard-wrapped megabyte without punctuation into one paragraph', () => {
    const raw = hardWrapped(1 << 20);
    const n = normalizeText(raw);
    expect(n.paragraphs).toHaveLength(1);
    expect(n.text).toBe(raw.replace(/\n/g, ' '));
  });

  // Work is counted (code units read by regular expressions), not timed: see
  // tests/core/work-count.ts. Joining hard-wrapped lines used to test the
  // text joined so far for a hyphen at every line, ~2,000 code units per
  // character of 256 kB hard-wrapped, and a megabyte took 31 s.
  it.each<[string, () => string]>([
    ['a line of 1 MB', () => 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat((1 << 20) / 57)],
    ['256 kB hard-wrapped without punctuation or blank lines', () => hardWrapped(1 << 18)],
    ['256 kB hard-wrapped with a blank line every ten lines', () => hardWrapped(1 << 18, 10)],
    ['50 000 short lines', () => Array.from({ length: 50_000 }, (_, i) => `Word ${i}`).join('\n')],
  ])('does linear work on %s', (_shape, make) => {
    const raw = make();
    const { work } = countWork(() => normalizeText(raw));
    expect(work.regex).toBeLessThanOrEqual(16 * raw.length);
  });

  it('keeps invariants on random input (CR, LF, spaces, marks, emoji)', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '\t', '\n', '\r', '\r\n', '.', 'e\u0301', '😀', '\u00a0', '«', '»', '-', '1');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }), (parts) => {
        const n = normalizeText(parts.join(''));
        expectCanonical(n);
        expect(normalizeText(n.text).text).toBe(n.text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('paragraph kinds of plain text', () => {
  it.each([
    ['a subheading between body paragraphs', ['The council met on Tuesday.', 'What happens next', 'The plan goes to a vote in April.'], 'body heading body'],
    ['a question as a subheading', ['The council met on Tuesday.', 'Qui paiera la facture ?', 'Le contribuable, pour l’essentiel.'], 'body heading body'],
    ['the last line is never a heading', ['The council met on Tuesday.', 'Avec AFP'], 'body body'],
    ['bylines and datelines are not headings', ['Stadium vote delayed', 'By Staff Reporter', '23 novembre 2025', 'The assembly delayed its vote.'], 'heading body body body'],
    ['three short lines in a row are a list, not headings', ['Intro sentence here.', 'Paris', 'Lyon', 'Marseille', 'The end of the story is here.'], 'body body body body body'],
    ['a heading is shorter than what it introduces', ['Body.', 'A fairly long line without final punctuation', 'Short.'], 'body body body'],
    ['list markers', ['Three points:', '- one', '• two', '1. three', 'a) four'], 'body list-item list-item list-item list-item'],
    ['a whole quoted paragraph', ['He spoke.', '« Nous ne céderons pas. »', '“We will not give in.”', '«Nous ne céderons pas», a-t-il dit.', '> quoted reply'], 'body quote quote body quote'],
    ['an agency caption in the lead', ['Marco Rubio et Andriy Yermak à Genève, le 23 novembre 2025.', 'Les deux délégations ont réaffirmé leur accord.'], 'caption body'],
    ['an English caption with a date', ['Secretary of State Marco Rubio speaks in Geneva, Switzerland, Nov. 23, 2025.', 'The talks went on.'], 'caption body'],
    ['a Spanish caption', ['El secretario de Estado en Ginebra, el 23 de noviembre de 2025.', 'Las conversaciones siguieron.'], 'caption body'],
    ['a German caption', ['Außenminister Rubio in Genf, am 23. November 2025.', 'Die Gespräche gingen weiter.'], 'caption body'],
    ['a dated sentence after the lead is body', ['The talks went on.', 'Rubio spoke in Geneva, Nov. 23, 2025.', 'More talks.'], 'body body body'],
    ['a two-sentence lead ending with a date is body', ['Talks resumed. Rubio spoke in Geneva, on November 23, 2025.', 'More talks.'], 'body body'],
    ['a photo credit anywhere', ['Body text here.', 'Photo: Jean Dupont / AFP', 'More body text.', 'Le stade en construction (Photo Reuters)'], 'body caption body caption'],
    ['a caption under the title', ['Stadium vote delayed', 'The stadium site in Northgate, on March 3, 2025.', 'The assembly delayed its vote.'], 'heading caption body'],
  ] as const)('%s', (_name, paragraphs, expected) => {
    expect(classify(paragraphs).join(' ')).toBe(expected);
    expect(kinds(normalizeText(paragraphs.join('\n')))).toBe(expected);
  });
});

describe('fromBlocks', () => {
  it('joins blocks with a blank line, keeps kinds, drops empty blocks', () => {
    const n = fromBlocks([
      { kind: 'heading', text: '  Title  ' },
      { kind: 'body', text: '' },
      { kind: 'body', text: 'First line\r\nsecond line   ' },
      { kind: 'list-item', text: 'Cafe\u0301' },
      { kind: 'quote', text: 'Para one\n\n\nPara two' },
      { kind: 'caption', text: '   \n ' },
    ]);
    expectCanonical(n);
    expect(n.text).toBe('Title\n\nFirst line\nsecond line\n\nCafé\n\nPara one\nPara two');
    expect(n.paragraphs.map((p) => [p.kind, n.text.slice(p.start, p.end)])).toEqual([
      ['heading', 'Title'],
      ['body', 'First line\nsecond line'],
      ['list-item', 'Café'],
      ['quote', 'Para one\nPara two'],
    ]);
  });

  it('gives an empty text for no blocks', () => {
    expect(fromBlocks([])).toEqual({ text: '', paragraphs: [] });
  });
});
