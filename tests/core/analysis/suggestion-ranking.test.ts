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

/** A first paragraph (the lead, which ranks higher: see below) with nothing to flag. */
const LEAD: Readonly<Record<string, string>> = {
  en: 'The harbour town is quiet in winter.',
  fr: 'La ville du port est calme en hiver.',
  es: 'La ciudad del puerto está tranquila en invierno.',
  de: 'Die Hafenstadt ist im Winter ruhig.',
};

/** The ranking score of the sentence `raw` as the second paragraph of an article (0 when not a candidate). */
function ranked(language: string, raw: string, lead = LEAD[language]!): number {
  const n = normalizeText(`${lead}\n\n${raw}`);
  const analysis = analyzeText({ text: n.text, paragraphs: n.paragraphs, language, suggestionThreshold: 0 });
  expect(analysis.flags.filter((f) => f.kind !== 'duplicate-passage')).toEqual([]);
  return analysis.suggestions.find((s) => s.start === lead.length + 2)?.score ?? 0;
}

/** How much lower the sentence `raw` ranks than its own check-worthiness score (0 when it keeps it). */
function lowering(language: string, raw: string): number {
  const own = scoreSentence(raw, language).score;
  return Math.round((own - ranked(language, raw)) * 100) / 100 + 0;
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

describe.each([
  ['en', 'The mayor said the new bridge was dangerous for the old town.', 'The mayor said the new bridge was dangerous for 300 trucks a day.', 'The mayor said the new bridge was closed to trucks on Monday.'],
  ['fr', 'Le maire a déclaré que le nouveau pont était dangereux pour la vieille ville.', 'Le maire a déclaré que le nouveau pont était dangereux pour 300 camions par jour.', 'Le maire a déclaré que le nouveau pont était fermé aux camions lundi.'],
  ['es', 'El alcalde dijo que el nuevo puente era peligroso para el casco antiguo.', 'El alcalde dijo que el nuevo puente era peligroso para 300 camiones al día.', 'El alcalde dijo que el nuevo puente estaba cerrado a los camiones el lunes.'],
  ['de', 'Der Bürgermeister sagte, die neue Brücke sei gefährlich für die Altstadt.', 'Der Bürgermeister sagte, die neue Brücke sei gefährlich für 300 Lastwagen am Tag.', 'Der Bürgermeister sagte, die neue Brücke sei am Montag für Lastwagen gesperrt worden.'],
])('%s: a named speaker’s view', (language, view, figure, fact) => {
  it('ranks lower when it gives no figure', () => {
    expect(lowering(language, view)).toBeCloseTo(Math.min(0.4, scoreSentence(view, language).score), 2);
  });
  it('keeps its score with a figure, and a reported fact keeps it too', () => {
    expect(lowering(language, figure)).toBe(0);
    expect(lowering(language, fact)).toBe(0);
  });
});

describe.each([
  ['en', 'The council closed the harbour bridge to trucks on Monday.', 'Harbour bridge closed'],
  ['fr', 'Le conseil a fermé le pont du port aux camions lundi.', 'Le pont du port fermé'],
  ['es', 'El ayuntamiento cerró el puente del puerto a los camiones el lunes.', 'Cerrado el puente del puerto'],
  ['de', 'Der Stadtrat sperrte die Hafenbrücke am Montag für Lastwagen.', 'Hafenbrücke gesperrt'],
])('%s: the lead', (language, news, title) => {
  it('its opening sentence ranks higher than the same sentence further down', () => {
    const n = normalizeText(news);
    const asLead = analyzeText({ text: n.text, paragraphs: n.paragraphs, language, suggestionThreshold: 0 }).suggestions[0]?.score ?? 0;
    const own = scoreSentence(news, language).score;
    expect(Math.round((asLead - own) * 100) / 100).toBeCloseTo(Math.min(0.2, 1 - own), 2);
    expect(lowering(language, news)).toBe(0);
  });
  it('a title pasted as plain text before it (no full stop) is not the lead', () => {
    expect(ranked(language, news, title)).toBeCloseTo(Math.min(1, scoreSentence(news, language).score + 0.2), 2);
  });
});
