/**
 * How the article's context moves a sentence in the ranking of suggestions:
 * a sentence that is mostly a direct quotation, or built on a modal of
 * forecast, with no figure in it, ranks lower than its check-worthiness
 * score — and is ranked on its words alone, without the cues that only say
 * who speaks (names, titles, the reporting verb); with a figure it keeps its
 * score. Each rule in every language, both ways, with sentences written for
 * the project (each has a named speaker, so no sourcing flag raises it).
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

/** What a said-only sentence (a quotation, a forecast, a view) should lose: its speaker's cues, then `penalty`. */
function expectedLowering(raw: string, language: string, penalty: number): number {
  const { score, withoutSpeaker } = scoreSentence(raw, language);
  return score - Math.max(0, withoutSpeaker - penalty);
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
    expect(lowering(language, words)).toBeCloseTo(expectedLowering(words, language, 0.45), 2);
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
    expect(lowering(language, forecast)).toBeCloseTo(expectedLowering(forecast, language, 0.5), 2);
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
    expect(lowering(language, view)).toBeCloseTo(expectedLowering(view, language, 0.4), 2);
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

describe.each([
  [
    'en',
    'The chairman of the Harbour Authority, Dr Alma Finch, said the new bridge was dangerous for the old town.',
    'The chairman of the Harbour Authority, Dr Alma Finch, said the new bridge was closed to trucks on Monday.',
  ],
  [
    'fr',
    'Le président de l’Autorité portuaire, Alma Finch, a déclaré que le nouveau pont était dangereux pour la vieille ville.',
    'Le président de l’Autorité portuaire, Alma Finch, a déclaré que le nouveau pont était fermé aux camions lundi.',
  ],
  [
    'es',
    'El presidente de la Autoridad Portuaria, Alma Finch, dijo que el nuevo puente era peligroso para el casco antiguo.',
    'El presidente de la Autoridad Portuaria, Alma Finch, dijo que el nuevo puente estaba cerrado a los camiones el lunes.',
  ],
  [
    'de',
    'Der Vorsitzende der Hafenbehörde Nordstadt, Alma Finch, sagte, die neue Brücke sei gefährlich für die Altstadt.',
    'Der Vorsitzende der Hafenbehörde Nordstadt, Alma Finch, sagte, die neue Brücke sei am Montag für Lastwagen gesperrt worden.',
  ],
])('%s: the speaker’s name and title', (language, view, fact) => {
  it('do not lift a view: it is ranked on its words alone', () => {
    const { score, withoutSpeaker } = scoreSentence(view, language);
    expect(withoutSpeaker).not.toBeCloseTo(score, 3);
    expect(ranked(language, view)).toBeCloseTo(Math.max(0, withoutSpeaker - 0.4), 2);
  });
  it('still count for a reported fact', () => {
    expect(lowering(language, fact)).toBe(0);
  });
});

describe.each([
  ['en', 'The mayor told Radio 4 the new bridge would ease traffic in the old town.', 'The mayor told Radio 4 the new bridge would cost about 30 million euros.'],
  ['fr', 'Le maire a déclaré sur France 2 que le nouveau pont pourrait fluidifier la circulation.', 'Le maire a déclaré sur France 2 que le nouveau pont pourrait coûter environ 30 millions d’euros.'],
  ['es', 'El alcalde dijo a Canal 9 que el nuevo puente podría aliviar el tráfico del centro.', 'El alcalde dijo a Canal 9 que el nuevo puente podría costar unos 30 millones de euros.'],
  ['de', 'Der Bürgermeister sagte im Kanal 5, die neue Brücke könnte den Verkehr in der Altstadt entlasten.', 'Der Bürgermeister sagte im Kanal 5, die neue Brücke könnte rund 30 Millionen Euro kosten.'],
])('%s: a number in a name', (language, forecast, figure) => {
  it('is no figure: the forecast still ranks lower', () => {
    expect(lowering(language, forecast)).toBeGreaterThan(0);
    expect(lowering(language, forecast)).toBeCloseTo(expectedLowering(forecast, language, 0.5), 2);
  });
  it('while an amount is one', () => {
    expect(lowering(language, figure)).toBe(0);
  });
});

describe.each([
  ['en', 'Drivers would pay a toll to cross the new harbour bridge, under plans unveiled by the council.'],
  ['fr', 'Les automobilistes pourraient payer un péage pour franchir le nouveau pont, selon le projet présenté par la mairie.'],
  ['es', 'Los conductores podrían pagar un peaje para cruzar el nuevo puente, según el plan presentado por el ayuntamiento.'],
  ['de', 'Autofahrer könnten künftig eine Maut für die neue Hafenbrücke zahlen, wie der Stadtrat am Montag mitteilte.'],
])('%s: a conditional in the lead', (language, news) => {
  it('is the news itself: its opening sentence is not lowered as a forecast', () => {
    const n = normalizeText(news);
    const analysis = analyzeText({ text: n.text, paragraphs: n.paragraphs, language, suggestionThreshold: 0 });
    const own = scoreSentence(news, language).score;
    expect(analysis.suggestions[0]?.score ?? 0).toBeCloseTo(Math.min(1, own + 0.2), 2);
  });
  it('further down, the same sentence is lowered as a forecast', () => {
    expect(lowering(language, news)).toBeCloseTo(expectedLowering(news, language, 0.5), 2);
    expect(lowering(language, news)).toBeGreaterThan(0);
  });
});

describe.each([
  [
    'en',
    'The council’s other plans include a toll on the harbour bridge and longer jail terms for smugglers.',
    'The council put a toll on the harbour bridge and sought longer jail terms for smugglers.',
  ],
  [
    'fr',
    'Le projet prévoit aussi un péage sur le pont du port et des peines de prison plus longues pour les passeurs.',
    'La mairie a aussi installé un péage sur le pont du port et obtenu des peines de prison plus longues pour les passeurs.',
  ],
  [
    'es',
    'El plan prevé además un peaje en el puente del puerto y penas de cárcel más largas para los contrabandistas.',
    'El ayuntamiento instaló además un peaje en el puente del puerto y logró penas de cárcel más largas para los contrabandistas.',
  ],
  [
    'de',
    'Der Plan sieht vor, eine Maut auf der Hafenbrücke und längere Haftstrafen für Schmuggler einzuführen.',
    'Der Stadtrat führte eine Maut auf der Hafenbrücke ein und erreichte längere Haftstrafen für Schmuggler.',
  ],
])('%s: what a plan contains', (language, plan, done) => {
  it('ranks lower, as a forecast does: it is checkable only as having been proposed', () => {
    expect(lowering(language, plan)).toBeGreaterThan(0);
    expect(lowering(language, plan)).toBeCloseTo(expectedLowering(plan, language, 0.5), 2);
  });
  it('while what was done keeps its score', () => {
    expect(lowering(language, done)).toBe(0);
  });
});
