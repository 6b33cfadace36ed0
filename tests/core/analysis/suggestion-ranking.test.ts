/**
 * How the article's context moves a sentence in the ranking of suggestions:
 * a sentence that is mostly a direct quotation, or built on a modal of
 * forecast, with no figure in it, ranks lower than its check-worthiness
 * score; with a figure it keeps it. Each rule in every language, both ways,
 * with sentences written for the project (each has a named speaker, so no
 * sourcing flag raises it).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src-renderer/core/analysis/pipeline';
import { scoreSentence } from '../../../src-renderer/core/analysis/checkworthiness/index';
import { normalizeText } from '../../../src-renderer/core/text/normalize';

/** How much lower the sentence `raw` ranks than its own check-worthiness score (0 when it keeps it). */
function lowering(language: string, raw: string): number {
  const n = normalizeText(raw);
  const analysis = analyzeText({ text: n.text, paragraphs: n.paragraphs, language, suggestionThreshold: 0 });
  expect(analysis.flags.filter((f) => f.kind !== 'duplicate-passage')).toEqual([]);
  const own = scoreSentence(n.text, language).score;
  const ranked = analysis.suggestions[0]?.score ?? 0;
  return Math.round((own - ranked) * 100) / 100 + 0;
}

describe.each([
  ['en', '"We will never give up on this old town," the mayor said.', '"We have spent 300 million on this old town," the mayor said.'],
  ['fr', '« Nous ne lâcherons jamais cette vieille ville », a déclaré le maire.', '« Nous avons dépensé 300 millions pour cette vieille ville », a déclaré le maire.'],
  ['es', '«Nunca abandonaremos esta vieja ciudad», dijo el alcalde.', '«Hemos gastado 300 millones en esta vieja ciudad», dijo el alcalde.'],
  ['de', '„Wir werden diese alte Stadt niemals aufgeben“, sagte der Bürgermeister.', '„Wir haben 300 Millionen in diese alte Stadt investiert“, sagte der Bürgermeister.'],
])('%s: a sentence mostly quoted', (language, words, figure) => {
  it('ranks lower when the quoted words give no figure', () => {
    expect(lowering(language, words)).toBeCloseTo(Math.min(0.45, scoreSentence(words, language).score), 2);
  });
  it('keeps its score when they give one', () => {
    expect(lowering(language, figure)).toBe(0);
  });
});

describe.each([
  ['en', 'The mayor said the new bridge would ease traffic in the old town.', 'The mayor said the new bridge would cost 300 million euros.', 'The mayor said the new bridge eased traffic in the old town.'],
  ['fr', 'Le maire a déclaré que le nouveau pont pourrait fluidifier la circulation.', 'Le maire a déclaré que le nouveau pont pourrait coûter 300 millions d’euros.', 'Le maire a déclaré que le nouveau pont a fluidifié la circulation.'],
  ['es', 'El alcalde dijo que el nuevo puente podría aliviar el tráfico del centro.', 'El alcalde dijo que el nuevo puente podría costar 300 millones de euros.', 'El alcalde dijo que el nuevo puente alivió el tráfico del centro.'],
  ['de', 'Der Bürgermeister sagte, die neue Brücke könnte den Verkehr in der Altstadt entlasten.', 'Der Bürgermeister sagte, die neue Brücke könnte 300 Millionen Euro kosten.', 'Der Bürgermeister sagte, die neue Brücke habe den Verkehr in der Altstadt entlastet.'],
])('%s: a sentence built on a modal of forecast', (language, forecast, figure, fact) => {
  it('ranks lower when it gives no figure', () => {
    expect(lowering(language, forecast)).toBeCloseTo(Math.min(0.5, scoreSentence(forecast, language).score), 2);
  });
  it('keeps its score with a figure, and a statement of fact keeps it too', () => {
    expect(lowering(language, figure)).toBe(0);
    expect(lowering(language, fact)).toBe(0);
  });
});
