import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MAY_END_SENTENCE, sentencesOf, splitSentences } from '../../../src-renderer/core/text/sentences';
import { normalizeText } from '../../../src-renderer/core/text/normalize';
import { span } from '../../../src-renderer/core/text/offsets';
import { countWork } from '../work-count';

const split = (text: string, language: string): string[] => splitSentences(text, language).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['en', 'Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
    ['en', 'U.S. President Donald J. Trump spoke. Then he left.', ['U.S. President Donald J. Trump spoke.', 'Then he left.']],
    ['en', 'Prices rose, e.g. for bread. Wages did not.', ['Prices rose, e.g. for bread.', 'Wages did not.']],
    ['en', 'He said "No." Then he left.', ['He said "No."', 'Then he left.']],
    ['en', 'She said: “We cannot keep patching it.” The vote followed.', ['She said: “We cannot keep patching it.”', 'The vote followed.']],
    ['en', 'The talks took place on Nov. 23, 2025. They went well.', ['The talks took place on Nov. 23, 2025.', 'They went well.']],
    ['en', 'It costs $1.2 billion. Officials agree.', ['It costs $1.2 billion.', 'Officials agree.']],
    ['fr', 'M. Rubio a rencontré Mme Dupont. Ils ont parlé.', ['M. Rubio a rencontré Mme Dupont.', 'Ils ont parlé.']],
    ['fr', 'Il a dit « Bonjour. » Puis il est parti.', ['Il a dit « Bonjour. »', 'Puis il est parti.']],
    ['fr', 'Le texte parle de «constructives.» Ensuite rien.', ['Le texte parle de «constructives.»', 'Ensuite rien.']],
    ['fr', 'Voir p. 12 du rapport. La suite est claire.', ['Voir p. 12 du rapport.', 'La suite est claire.']],
    ['fr', 'Qui paiera ? Personne ne le sait.', ['Qui paiera ?', 'Personne ne le sait.']],
    ['es', 'El Sr. García y la Sra. López llegaron. Hablaron.', ['El Sr. García y la Sra. López llegaron.', 'Hablaron.']],
    ['es', 'Los EE. UU. anunciaron un plan. Nadie lo esperaba.', ['Los EE. UU. anunciaron un plan.', 'Nadie lo esperaba.']],
    ['de', 'Am 3. Oktober kam Hr. Müller. Er blieb.', ['Am 3. Oktober kam Hr. Müller.', 'Er blieb.']],
    ['de', 'Das ist z. B. Berlin. Es kostet 5 Mio. Euro.', ['Das ist z. B. Berlin.', 'Es kostet 5 Mio. Euro.']],
    ['en', 'Acme Inc. The firm grew. Prices rose etc. Then fell.', ['Acme Inc.', 'The firm grew.', 'Prices rose etc.', 'Then fell.']],
    ['ar', 'قال المتحدث إن الاجتماع كان مثمرا. وأضاف أن المفاوضات ستستمر.', ['قال المتحدث إن الاجتماع كان مثمرا.', 'وأضاف أن المفاوضات ستستمر.']],
    ['en', 'Great news 🎉! Everyone 👍🏽 agreed.', ['Great news 🎉!', 'Everyone 👍🏽 agreed.']],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(split(text, language)).toEqual(expected);
  });

  it('never crosses a line break', () => {
    expect(split('First line without a stop\nSecond line.', 'en')).toEqual(['First line without a stop', 'Second line.']);
    expect(split('Mr.\nSmith', 'en')).toEqual(['Mr.', 'Smith']);
  });

  it('trims whitespace and returns nothing for blank input', () => {
    expect(splitSentences('   ', 'en')).toEqual([]);
    expect(splitSentences('', 'fr')).toEqual([]);
    const text = '  One.   Two.  ';
    expect(splitSentences(text, 'en')).toEqual([span(2, 6), span(9, 13)]);
  });

  it('stays inside `within` and reports offsets into the whole text', () => {
    const text = 'Before. Inside one. Inside two. After.';
    const within = span(8, 31);
    expect(splitSentences(text, 'en', within).map((s) => [s.start, s.end, text.slice(s.start, s.end)])).toEqual([
      [8, 19, 'Inside one.'],
      [20, 31, 'Inside two.'],
    ]);
  });

  it('accepts region subtags and unknown languages', () => {
    expect(split('M. Rubio est venu. Il est reparti.', 'fr-CH')).toEqual(['M. Rubio est venu.', 'Il est reparti.']);
    expect(split('Dr. Who came. Sra. López too.', 'und')).toEqual(['Dr. Who came.', 'Sra. López too.']);
  });
});

describe('splitSentences on long paragraphs (segmented in chunks)', () => {
  it('gives the same sentences as the parts it was built from, abbreviations and quotes included', () => {
    const parts = Array.from({ length: 400 }, (_, i) =>
      i % 3 === 0 ? `M. Rubio a parlé ${i} fois avec Mme Dupont.` : i % 3 === 1 ? `Il a dit « Bonjour numéro ${i}. »` : `Selon le Dr. Martin, J. Dupont a compté ${i} voix (p. 4).`,
    );
    const text = parts.join(' ');
    expect(text.length).toBeGreaterThan(15_000);
    expect(split(text, 'fr')).toEqual(parts);
  });

  it('keeps a long sentence without any full stop whole', () => {
    const text = 'mot '.repeat(5000) + 'fin';
    expect(splitSentences(text, 'fr')).toEqual([span(0, text.length)]);
  });

  it('never cuts a surrogate pair in a long run without spaces', () => {
    const text = '😀'.repeat(3000) + '.';
    expect(splitSentences(text, 'en')).toEqual([span(0, text.length)]);
  });

  it('splits a 5 MB single line into its sentences', () => {
    const sentence = 'The council approved the plan on Nov. 3 with Mr. Okafor against. ';
    const text = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length)).trimEnd();
    const spans = splitSentences(text, 'en');
    expect(spans).toHaveLength(Math.ceil((5 * 1024 * 1024) / sentence.length));
    expect(text.slice(spans[1]?.start, spans[1]?.end)).toBe(sentence.trim());
  });
});

describe('chunks that nothing in can end a sentence', () => {
  // The splitter does not segment such a chunk: the segmenter must agree that it is one piece.
  it('hold no code point after which the segmenter breaks (every BMP code point, in English, Greek and undetermined text)', () => {
    const mayEnd = new RegExp(MAY_END_SENTENCE.source, 'u');
    for (const locale of ['en', 'el', undefined]) {
      const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
      const breaking: string[] = [];
      for (let c = 0; c < 0x10000; c++) {
        if (c >= 0xd800 && c <= 0xdfff) continue;
        const ch = String.fromCharCode(c);
        if (mayEnd.test(ch)) continue;
        if ([...segmenter.segment(`ab${ch} Cd`)].length > 1) breaking.push(c.toString(16));
      }
      expect(breaking, String(locale)).toEqual([]);
    }
  });

  it('a long line with and without terminals splits as the segmenter says', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i % 97}`).join(' ');
    expect(split(words, 'en')).toEqual([words]);
    const withStops = `${words.slice(0, 5000)}. Then ${words.slice(5000, 9000)}! And ${words.slice(9000)}`;
    expect(split(withStops, 'en')).toHaveLength(3);
    expect(split(`${words.slice(0, 3000)}; ${words.slice(3000, 6000)}`, 'el')).toHaveLength(2);
  });
});

describe('splitSentences does linear work', () => {
  // Work is counted (code units read by regular expressions and by the
  // segmenter), not timed: see tests/core/work-count.ts. Before the break
  // search was bounded, a megabyte without punctuation cost ~300 regex code
  // units per character (every chunk searched the rest of the text) and
  // 8 MB took 17 s.
  const MB = 1 << 20;
  const words = (n: number, wrap = Infinity): string => {
    const vocabulary = ['council', 'budget', 'million', 'bridge', 'minister', 'said', 'percent', 'report', 'the', 'of', 'and', 'vote'];
    const lines: string[] = [];
    let line = '';
    for (let i = 0, len = 0; len < n; i++) {
      const w = vocabulary[(i * 7 + (i >> 3)) % vocabulary.length]!;
      if (line.length + w.length + 1 > wrap) {
        lines.push(line);
        line = '';
      }
      line += (line ? ' ' : '') + w;
      len += w.length + 1;
    }
    lines.push(line);
    return lines.join('\n');
  };
  it.each<[string, () => string]>([
    ['a line of words without punctuation', () => words(MB)],
    ['a line without spaces', () => 'x'.repeat(MB)],
    ['a line of emoji without spaces', () => '😀'.repeat(MB / 2)],
    ['a line of sentences with abbreviations', () => 'The council approved the plan on Nov. 3 with Mr. Okafor against. '.repeat(MB / 66)],
    ['a paragraph per line', () => words(MB, 1000)],
    ['runs of quotation marks after a long quoted sentence', () => {
      const piece = `He said "${'stop '.repeat(300)}now. ${'"'.repeat(20_000)} Then. `;
      return piece.repeat(Math.ceil(MB / piece.length));
    }],
  ])('%s (1 MB)', (_shape, make) => {
    const text = make();
    const { result, work } = countWork(() => splitSentences(text, 'en'));
    expect(result.length).toBeGreaterThan(0);
    expect(work.regex).toBeLessThanOrEqual(8 * text.length);
    expect(work.segmenter).toBeLessThanOrEqual(2 * text.length);
  });
});

describe('sentencesOf', () => {
  it('splits the Geneva article per paragraph, never across paragraphs', () => {
    const raw = readFileSync(fileURLToPath(new URL('../../fixtures/geneva-talks-fr.txt', import.meta.url)), 'utf8');
    const { text, paragraphs } = normalizeText(raw);
    const sentences = sentencesOf(text, paragraphs, 'fr');
    for (const s of sentences) {
      const p = paragraphs[s.paragraph];
      expect(p).toBeDefined();
      expect(s.start).toBeGreaterThanOrEqual(p?.start ?? -1);
      expect(s.end).toBeLessThanOrEqual(p?.end ?? -1);
    }
    expect(new Set(sentences.map((s) => s.paragraph)).size).toBe(19);
    // Paragraph 16 has two sentences; the second one is the unconfirmed report.
    const p16 = sentences.filter((s) => s.paragraph === 16).map((s) => text.slice(s.start, s.end));
    expect(p16).toHaveLength(2);
    expect(p16[1]).toBe('Donald Trump aurait donné jusqu’à jeudi à son homologue ukrainien Volodymyr Zelensky pour répondre.');
    const perParagraph = paragraphs.map((p) => sentences.filter((s) => s.paragraph === p.index).length);
    expect(perParagraph).toEqual([1, 1, 2, 1, 2, 1, 1, 2, 1, 2, 1, 1, 1, 1, 2, 1, 2, 1, 1]);
  });
});
