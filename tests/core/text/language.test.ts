import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../../src-renderer/core/text/language';
import { countWork } from '../work-count';

const fixture = (name: string): string => readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url)), 'utf8');

describe('detectLanguage', () => {
  it.each([
    ['geneva-talks-fr.txt', 'fr'],
    ['harbour-bridge-en.txt', 'en'],
    ['harbour-bridge-en-v2.txt', 'en'],
  ] as const)('%s is %s with high confidence', (name, language) => {
    const r = detectLanguage(fixture(name));
    expect(r.language).toBe(language);
    expect(r.confidence).toBeGreaterThan(0.95);
  });

  it.each([
    ['es', 'El gobierno anunció el martes un nuevo plan de vivienda para los jóvenes de la capital, que costará unos 300 millones de euros.'],
    ['de', 'Die Regierung hat am Dienstag einen neuen Plan für den Wohnungsbau vorgestellt, der rund 300 Millionen Euro kosten soll.'],
    ['fr', 'Le gouvernement a présenté mardi un nouveau plan pour le logement des jeunes, qui coûtera environ 300 millions d’euros.'],
    ['en', 'The government presented a new housing plan for young people on Tuesday, which will cost about 300 million euros.'],
  ] as const)('a news sentence in %s', (language, text) => {
    const r = detectLanguage(text);
    expect(r.language).toBe(language);
    expect(r.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['empty', ''],
    ['too short', 'Oui.'],
    ['digits and URLs only', '2024 2025 https://example.org/a/b 12,5 %'],
    ['Arabic (not analysed)', 'قال المتحدث إن الاجتماع كان مثمرا وأضاف أن المفاوضات ستستمر الأسبوع المقبل.'],
    ['Hebrew (not analysed)', 'הממשלה אישרה את התוכנית החדשה לדיור צעיר ביום שלישי בערב.'],
    ['Italian is not forced into Spanish or French', 'Il governo ha presentato martedì un nuovo piano per la casa dei giovani, che costerà circa trecento milioni di euro.'],
  ])('%s → und', (_name, text) => {
    expect(detectLanguage(text).language).toBe('und');
  });

  it('has low confidence on a short sentence and higher on a longer one', () => {
    const short = detectLanguage('The vote was delayed.');
    const long = detectLanguage(fixture('harbour-bridge-en.txt'));
    expect(short.confidence).toBeLessThan(long.confidence);
    expect(short.confidence).toBeGreaterThanOrEqual(0);
    expect(long.confidence).toBeLessThanOrEqual(1);
  });

  it('samples long texts: a 1 MB article is read only in part, whatever its length', () => {
    // Counted work, not time (see work-count.ts): a pass over the whole text,
    // e.g. cleaning it before taking the sample, would read at least its
    // length and grow fourfold with it.
    const text = fixture('geneva-talks-fr.txt').repeat(200);
    const once = countWork(() => detectLanguage(text));
    const fourTimes = countWork(() => detectLanguage(text.repeat(4)));
    expect(once.result.language).toBe('fr');
    expect(fourTimes.result.language).toBe('fr');
    expect(fourTimes.work).toEqual(once.work);
    // About 55,000 code units today (franc on a 2,048-character sample), for a text of 896,200.
    expect(once.work.regex + once.work.segmenter).toBeLessThan(100_000);
    expect(text.length).toBeGreaterThan(800_000);
  });
});
