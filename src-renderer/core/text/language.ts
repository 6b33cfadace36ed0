/**
 * Language detection for an article, with franc-min (trigram profiles, small,
 * no network, no model files). The editor can always change the result.
 */
import { francAll } from 'franc-min';

export type DetectedLanguage = 'fr' | 'en' | 'es' | 'de' | 'und';

/** ISO 639-3 (franc) → the BCP 47 subtags the workbench analyses. */
const SUPPORTED: Readonly<Record<string, DetectedLanguage>> = { fra: 'fr', eng: 'en', spa: 'es', deu: 'de' };

/**
 * Close relatives and neighbours are candidates too, so that an Italian or
 * Portuguese article comes out 'und' instead of being forced into Spanish or
 * French, which would run the wrong analysis rules on it.
 */
const CANDIDATES = ['fra', 'eng', 'spa', 'deu', 'ita', 'por', 'nld', 'ron', 'pol', 'swe', 'tur', 'ces', 'hun'];

/** franc reads at most 2048 characters; take them from the start, middle and end of a long text. */
const SAMPLE = 2048;

function sampleOf(text: string): string {
  // URLs, e-mail addresses and digits carry no language and skew trigram counts.
  const clean = (s: string): string => s.replace(/\bhttps?:\/\/\S+|\S+@\S+\.\S+|\d+/gu, ' ').replace(/\s+/gu, ' ');
  if (text.length <= SAMPLE * 1.5) return clean(text).trim().slice(0, SAMPLE);
  const third = Math.floor(SAMPLE / 3);
  const at = (pos: number): string => clean(text.slice(pos, pos + third * 2)).slice(0, third);
  return [at(0), at(Math.floor(text.length / 2)), at(Math.max(0, text.length - third * 2))].join(' ').trim();
}

/**
 * Detects the language of `text`.
 *
 * Promises: `language` is one of fr/en/es/de, or 'und' when the text is too
 * short (under 10 letters), in another script, or closer to another language.
 * `confidence` in [0, 1] grows with the evidence separating the winner from the
 * runner-up: franc's normalised score gap times the sample length is how many
 * more trigram mismatches the runner-up has (in units of franc's per-trigram
 * penalty), mapped through 1 − e^(−evidence/10). A clear sentence of 80
 * characters scores about 0.8, a full article ~1, "The cat sat." about 0.2.
 */
export function detectLanguage(text: string): { language: DetectedLanguage; confidence: number } {
  const sample = sampleOf(text);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < 10) return { language: 'und', confidence: 0 };
  const ranked = francAll(sample, { only: CANDIDATES, minLength: 10 });
  const [top, second] = ranked;
  if (!top || top[0] === 'und') return { language: 'und', confidence: 0 };
  const gap = second ? 1 - second[1] : 1;
  const evidence = gap * Math.min(sample.length, SAMPLE);
  const confidence = Math.round((1 - Math.exp(-evidence / 10)) * 1000) / 1000;
  return { language: SUPPORTED[top[0]] ?? 'und', confidence };
}
