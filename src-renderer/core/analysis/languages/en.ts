/**
 * English sourcing patterns. English has no verb mood of hearsay, so
 * unconfirmed reports are found through hedges only ("reportedly",
 * "is said to have").
 */
import type { SourcingLanguage } from './types';

const VAGUE_SOURCE_ADJECTIVES =
  '(?:(?:some|several|many|various|multiple|unnamed|anonymous|unidentified|informed|well-placed|senior|government|diplomatic|industry|security|intelligence|military|police|local|other|two|three|four) )*';

export const en: SourcingLanguage = {
  code: 'en',
  vagueAttributions: [
    {
      id: 'according-to-people-familiar',
      source:
        "according to (?:(?:a|an|two|three|several|some|multiple) )?(?:people|persons?|sources?|someone|officials?|those|insiders?|individuals?) (?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|who spoke on condition of anonymity)(?: (?:the|this|these|his|her|their|its) [\\p{L}-]+)?",
    },
    {
      id: 'people-familiar-with',
      source:
        '(?:(?:a|an|two|three|several|some) )?(?:people|persons?|sources?|someone|insiders?|individuals?|officials?) (?:familiar with|briefed on|with knowledge of) (?:the|this|these|his|her|their|its) [\\p{L}-]+',
    },
    {
      id: 'according-to-sources',
      source: `according to ${VAGUE_SOURCE_ADJECTIVES}(?:sources|a source|reports|media reports|press reports|news reports|unconfirmed reports|insiders|rumou?rs|accounts|observers|experts|analysts|critics|officials)`,
    },
    { id: 'sources-close-to', source: `(?:a )?${VAGUE_SOURCE_ADJECTIVES}sources? close to` },
    {
      id: 'sources-say',
      source: `${VAGUE_SOURCE_ADJECTIVES}sources (?:say|said|says|told|tell|claim|claimed|suggest|suggested|indicate|indicated|confirm|confirmed|report|reported)`,
    },
    {
      id: 'critics-say',
      source: '(?:some |many )?critics (?:say|said|argue|argued|claim|claimed|contend|contended|warn|warned|fear|feared|note|noted|point out|pointed out|have said|have argued|have warned)',
    },
    {
      id: 'experts-warn',
      source:
        '(?:(?:some|many|several|most|leading|top|independent) )?(?:experts|scientists|analysts|observers|economists|researchers|specialists|commentators) (?:say|said|warn|warned|believe|believed|agree|agreed|argue|argued|fear|feared|predict|predicted|suggest|suggested|estimate|estimated|think|caution|cautioned|have warned|have said)',
    },
    { id: 'officials-said', source: '(?:some|several|many|unnamed|anonymous|senior) officials (?:say|said|told|believe|fear|feared)' },
    { id: 'insiders-say', source: 'insiders (?:say|said|claim|claimed|told|suggest|suggested)' },
    {
      id: 'reports-say',
      source:
        '(?:(?:media|press|news|local|unconfirmed|some|several|many) )*reports (?:say|said|suggest|suggested|indicate|indicated|claim|claimed|have suggested|have said)',
    },
    { id: 'there-are-reports', source: 'there (?:are|were|have been) (?:unconfirmed |some |several )?reports' },
    { id: 'studies-show', source: '(?:studies|research|surveys|polls) (?:show|shows|showed|suggest|suggests|suggested|have shown|has shown|prove|proves|found|indicate|indicates)' },
    { id: 'rumours', source: 'rumou?rs (?:say|suggest|suggested|have it|are circulating)|rumou?r has it|word is' },
    {
      id: 'it-is-said',
      source:
        'it (?:is|was|has been|had been) (?:widely |generally |commonly |often |also )?(?:said|reported|believed|thought|claimed|rumou?red|understood|alleged|suggested)',
    },
    { id: 'some-say', source: '(?:some people|many people|some|many) (?:say|said|believe|claim|argue|think|have suggested|have said|have argued)' },
    { id: 'people-say', source: 'people (?:say|are saying)' },
  ],
  hedges: [
    { id: 'reportedly', source: 'reportedly' },
    { id: 'allegedly', source: 'allegedly' },
    { id: 'purportedly', source: 'purportedly' },
    { id: 'supposedly', source: 'supposedly' },
    {
      id: 'is-said-to',
      source: '(?:is|are|was|were) (?:widely |also )?(?:said|believed|thought|rumou?red|alleged|reported|understood|claimed) to (?:be|have)',
    },
  ],
  reportedMoods: [],
  attributionCues: [
    'according to', 'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'announced', 'announces',
    'reported', 'reports', 'wrote', 'writes', 'explained', 'added', 'confirmed', 'noted', 'claimed', 'argued',
    'insisted', 'warned', 'estimated', 'estimates', 'showed', 'shows', 'published', 'cited', 'quoted',
    'data from', 'figures from', 'figures released', 'statistics', 'in a statement', 'spokesperson',
    'spokesman', 'spokeswoman', 'survey', 'study', 'census', 'report', 'source:', 'sources', 'tweeted', 'posted',
  ],
  speechVerbs: [
    'said', 'says', 'say', 'told', 'tells', 'asked', 'asks', 'added', 'adds', 'stated', 'declared', 'announced',
    'explained', 'wrote', 'writes', 'insisted', 'argued', 'warned', 'replied', 'answered', 'noted', 'recalled',
    'remarked', 'acknowledged', 'admitted', 'claimed', 'complained', 'conceded', 'confirmed', 'urged', 'tweeted',
    'posted', 'according to', 'in a statement', 'quoted', 'called it', 'described',
  ],
  capitalisedNonNames: [
    'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'you', 'but', 'and',
    'or', 'in', 'on', 'at', 'for', 'if', 'when', 'as', 'after', 'before', 'his', 'her', 'their', 'our', 'my',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december',
  ],
  capitalisationMarksNames: true,
};
