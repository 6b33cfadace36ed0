/**
 * Who may have spoken a quotation: a report carried by the sentence before
 * it goes on into the quotation; in German, where every noun is capitalised,
 * a noun and a name after an article or a preposition ("im Dorf Unterbach")
 * are a place, not a speaker. Each rule both ways, with sentences written
 * for the project.
 */
import { describe, expect, it } from 'vitest';
import { unattributedQuoteFlags } from '../../../src-renderer/core/analysis/sourcing';
import { sourcingInput } from './helpers';

const quotes = (language: string, raw: string): string[] => unattributedQuoteFlags(sourcingInput(raw, language)).map((f) => f.text);

describe.each([
  [
    'en',
    'The harbour master said the bridge would close in May. The repairs would take the whole summer. "Nobody wants to drive twenty miles round the bay every day." The bridge opened in 1962.',
    'The bridge will close in May. The repairs will take the whole summer. "Nobody wants to drive twenty miles round the bay every day." The bridge opened in 1962.',
  ],
  [
    'fr',
    "Le maire a indiqué que le pont fermerait en mai. Les travaux dureraient tout l'été. « Personne ne veut faire trente kilomètres de détour chaque jour. » Le pont a ouvert en 1962.",
    "Le pont fermera en mai. Les travaux dureront tout l'été. « Personne ne veut faire trente kilomètres de détour chaque jour. » Le pont a ouvert en 1962.",
  ],
  [
    'es',
    'El alcalde explicó que el puente cerraría en mayo. Las obras durarían todo el verano. «Nadie quiere dar un rodeo de treinta kilómetros cada día.» El puente abrió en 1962.',
    'El puente cerrará en mayo. Las obras durarán todo el verano. «Nadie quiere dar un rodeo de treinta kilómetros cada día.» El puente abrió en 1962.',
  ],
  [
    'de',
    'Der Bürgermeister sagte, die Brücke werde im Mai gesperrt. Die Arbeiten dauerten den ganzen Sommer. „Niemand will jeden Tag dreißig Kilometer Umweg fahren.“ Die Brücke wurde 1962 eröffnet.',
    'Die Brücke wird im Mai gesperrt. Die Arbeiten dauern den ganzen Sommer. „Niemand will jeden Tag dreißig Kilometer Umweg fahren.“ Die Brücke wurde 1962 eröffnet.',
  ],
])('%s: a quotation after a sentence that goes on with a report', (language, report, scene) => {
  it('has that report’s speaker', () => {
    expect(quotes(language, report)).toEqual([]);
  });
  it('after scene-setting with no report, it has none', () => {
    expect(quotes(language, scene)).toHaveLength(1);
  });
});

describe('de: capitalised nouns', () => {
  it('a noun and a name after a preposition are a place: the quotation has no speaker', () => {
    expect(
      quotes('de', 'Im Dorf Unterbach stehen die Anwohner am Straßenrand. „Seit Montag fahren hier die Laster im Minutentakt vorbei.“ Die Schule bleibt geöffnet.'),
    ).toEqual(['„Seit Montag fahren hier die Laster im Minutentakt vorbei.“']);
  });
  it('a first name and a surname after a title name a person', () => {
    expect(
      quotes('de', 'Am Straßenrand steht der Ortsvorsteher Karl Brenner. „Seit Montag fahren hier die Laster im Minutentakt vorbei.“ Die Schule bleibt geöffnet.'),
    ).toEqual([]);
  });
});
