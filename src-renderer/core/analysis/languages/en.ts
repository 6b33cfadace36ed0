/**
 * English attribution patterns. English has no verb mood of hearsay, so
 * unconfirmed reports are found through hedges ("reportedly", "is said to
 * have", "is thought to", "seen as"). A hedging adverb ("reportedly",
 * "allegedly", "apparently") is flagged even beside a named source: the
 * sentence itself says the information is not confirmed. The attributive
 * adjective ("the alleged attack, police said") is the named speaker's own
 * term and yields to it (see `PhrasePattern.yieldsToNamed`).
 *
 * A vague source is a noun phrase that names no one the reader could look
 * up: "sources", "officials", "analysts", "a Labour source", "people familiar
 * with the matter", "speculation", "a recent study" — before its verb
 * ("sources say"), after it ("said analysts"), or after "according to". With
 * a name it is a named source again: "officials at the Treasury said" is
 * vague, "Treasury officials said" is not; "a study by the OECD" is named.
 */
import type { SourcingLanguage } from './types';

/** Words that may qualify a vague source without naming it. */
const QUALIFIERS =
  '(?:(?:some|several|many|various|multiple|unnamed|anonymous|unidentified|informed|well-placed|senior|junior|top|high-ranking|government|diplomatic|industry|security|intelligence|military|police|local|other|two|three|four|five|western|european|us|u\\.s\\.|uk|british|american|chinese|russian|french|german|party|labour|tory|conservative|union|city|market|state|press|media|news|official|unconfirmed|independent|leading) )*';

/** Plural heads that never name anyone by themselves. */
const VAGUE_PLURAL =
  '(?:sources|insiders|officials|analysts|experts|critics|observers|commentators|strategists|aides|allies|diplomats|economists|insiders|witnesses|onlookers|people close to [\\p{L}-]+|people familiar with [\\p{L}-]+(?: [\\p{L}-]+)?|campaigners|activists|residents|traders|investors|shareholders|bankers|lawyers|scientists|researchers|doctors|specialists)';

/** A name right before a group ("Treasury officials", "Labour strategists"): the group is identified. */
const NAMED_BEFORE = '\\p{Lu}[\\p{L}\\p{M}-]*\\s+$';
/** A name right after a source ("sources at the Treasury", "analysts at Barclays", "reports in Le Monde"): identified. */
const NAMED_AFTER = '\\s+(?:at|from|of|by|in|with|within)\\s+(?:the\\s+)?\\p{Lu}';

/** An organisation right before "officials" identifies them ("Treasury officials", "bank officials" once the bank is named). */
const ORGANISATION_BEFORE =
  '(?:\\p{Lu}[\\p{L}\\p{M}-]*|bank|company|firm|government|ministry|department|police|party|club|council|school|hospital|court|agency|commission|airline|union|army|navy|embassy|city|state|federal|county|airport|prison|university|league|fund)\\s+$';

const SAY =
  '(?:say|says|said|tell|tells|told|claim|claims|claimed|believe|believes|believed|had believed|fear|fears|feared|warn|warns|warned|suggest|suggests|suggested|argue|argues|argued|think|thought|expect|expects|expected|predict|predicts|predicted|estimate|estimates|estimated|note|notes|noted|report|reports|reported|indicate|indicates|indicated|confirm|confirms|confirmed|insist|insists|insisted|caution|cautioned|worry|worried|are worried|were worried|are concerned|were concerned|have said|have warned|have suggested|have argued|have claimed|had said|had warned)';

export const en: SourcingLanguage = {
  code: 'en',
  vagueSources: [
    {
      id: 'according-to-people-familiar',
      source:
        "according to (?:(?:a|an|one|two|three|several|some|multiple) )?(?:people|persons?|sources?|someone|officials?|those|insiders?|individuals?) (?:familiar with|close to|briefed on|with knowledge of|knowledgeable about|who spoke on condition of anonymity|who asked not to be (?:named|identified))(?: (?:the|this|these|his|her|their|its) [\\p{L}-]+)?",
    },
    {
      id: 'people-familiar-with',
      source:
        '(?:(?:a|an|one|two|three|several|some) )?(?:people|persons?|person|sources?|someone|insiders?|individuals?|officials?) (?:familiar with|briefed on|with knowledge of) (?:the|this|these|his|her|their|its) [\\p{L}-]+',
    },
    {
      id: 'according-to-sources',
      source: `according to ${QUALIFIERS}(?:sources|a source|an? [\\p{L}-]+ source|reports|media reports|press reports|news reports|insiders|rumou?rs|accounts|observers|experts|analysts|critics|officials|witnesses|estimates|some|many|others)`,
      unlessNext: NAMED_AFTER,
    },
    { id: 'sources-close-to', source: `(?:an? )?${QUALIFIERS}sources? (?:close to|within|inside|in|at|from) (?:the )?[\\p{L}-]+` },
    { id: 'sources-say', source: `${QUALIFIERS}sources,? ${SAY}` },
    // "A Labour source told", "one source said", "a senior government source".
    { id: 'a-source', source: `(?:an?|one|another) ${QUALIFIERS}(?:[\\p{L}-]+ )?source(?! (?:of|code|material|text|file|language)\\b)` },
    { id: 'the-source', source: `the (?:same |[\\p{L}-]+ )?source (?=said|says|told|added|claimed|insisted|explained)`, anaphor: true },
    {
      id: 'critics-say',
      source: `(?:some |many |several )?critics,? ${SAY}`,
    },
    {
      id: 'experts-warn',
      source: `${QUALIFIERS}(?:experts|scientists|analysts|observers|economists|researchers|specialists|commentators|strategists|insiders|diplomats|aides|allies),? ${SAY}`,
      unlessPrevious: NAMED_BEFORE,
    },
    // "…, said analysts", "…, officials said" with no organisation before them.
    { id: 'said-analysts', source: `(?:said|say|says|told|according to|warned|added) ${QUALIFIERS}${VAGUE_PLURAL}`, unlessNext: NAMED_AFTER },
    { id: 'officials-said', source: `${QUALIFIERS}officials,? ${SAY}`, unlessPrevious: ORGANISATION_BEFORE },
    // "The author's sources", "his sources": sources nobody names.
    { id: 'their-sources', source: "(?:[\\p{L}]+'s|his|her|their|its) sources" },
    {
      id: 'some-members-are-worried',
      source:
        '(?:some|many|several|other|most) (?:[\\p{L}-]+ )?(?:members|shareholders|investors|residents|staff|workers|employees|voters|campaigners|people|analysts|observers|experts|officials|critics|insiders|economists) (?:are|were|have been|had been|remain|remained) (?:worried|concerned|afraid|sceptical|skeptical|convinced|unhappy|fearful)',
    },
    {
      id: 'reports-say',
      source: `${QUALIFIERS}reports (?:say|said|suggest|suggested|indicate|indicated|claim|claimed|have suggested|have said)`,
    },
    { id: 'there-are-reports', source: 'there (?:are|were|have been|had been) (?:unconfirmed |some |several |many |also )?(?:reports|rumou?rs|suggestions|claims)' },
    {
      id: 'studies-show',
      source:
        '(?:(?:a|one|some|several|many|recent|new|previous|earlier|other) )*(?:studies|study|research|surveys?|polls?|estimates) (?:have |has |had )?(?:show|shows|showed|shown|suggest|suggests|suggested|found|find|finds|indicate|indicates|indicated|prove|proves|proved)',
    },
    {
      id: 'speculation',
      source:
        'there (?:is|was|has been|had been) (?:(?:fresh|growing|renewed|much|some|intense|widespread|also) )*speculation|(?:amid|amidst|despite|after) (?:(?:fresh|growing|renewed|much|intense|widespread) )*speculation|speculation (?:is|was|has been) (?:mounting|growing|rife)|speculation (?:grew|mounted)|rumou?rs of|rumou?rs (?:say|suggest|suggested|have it|are circulating|were circulating)|rumou?r has it|word is',
    },
    {
      id: 'it-is-said',
      source:
        'it (?:is|was|has been|had been) (?:widely |generally |commonly |often |also )?(?:said|reported|believed|claimed|rumou?red|alleged|suggested)(?! by)',
    },
    { id: 'some-say', source: '(?:some people|many people|some|many|others) (?:say|said|believe|claim|argue|think|have suggested|have said|have argued)' },
    { id: 'people-say', source: 'people (?:say|are saying)' },
  ],
  namedSources: [
    { id: 'according-to', source: 'according to' },
    {
      id: 'reporting-verb',
      source:
        "(?:says|said|saying|say|tells|told|telling|stated|states|announced|announces|announcing|added|adds|adding|explained|explains|wrote|writes|insisted|insists|argued|argues|warned|warns|warning|confirmed|confirms|denied|denies|reported|reports|noted|notes|acknowledged|admitted|admits|revealed|reveals|disclosed|estimated|estimates|predicted|predicts|forecast|described|urged|stressed|pointed out|indicated|showed|shows|found|quoted|tweeted|posted|replied|responded|recalled|conceded|testified|accused|welcomed|criticised|criticized|dismissed|rejected|repeated|reiterated|vowed|pledged|promised|called for|called on|maintained|contended|spoke|speaking|asked|asks|answered|countered|remarked|joked|shouted|wrote|confided|confides|wondered|wonders|confessed|cautioned|cautions|mused|retorted|lamented|sighed|quipped|inquired|enquired)(?= |,|\\.|$)",
    },
    // "Prosecutors alleged that …" reports; "the alleged attack" is an adjective (a hedge, see `hedges`).
    { id: 'alleged', source: 'alleged(?= |,|\\.|$)', unlessPrevious: '(?:^|\\s)(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+$' },
    // "Claimed a victim", "claimed the title" take something; they report nothing.
    {
      id: 'claimed',
      source: '(?:claimed|claims)(?= |,|\\.|$)',
      unlessNext: ' (?:[\\p{L}\\p{N}-]+ ){0,3}(?:victims?|lives|life|titles?|seats?|victory|prize|crown|medals?|responsibility)\\b',
    },
    // "Agreed to introduce a ban", "agreed on a deal" report a decision, not what anyone said.
    { id: 'agreed', source: 'agreed(?= |,|\\.|$)', unlessNext: ' (?:[\\p{L}]+ly )?(?:to|on|upon)\\b' },
    { id: 'statement', source: 'in a (?:statement|letter|report|press release|post|interview)|figures (?:from|released|published|show|showed)|data (?:from|released|published|show|showed)' },
    // A share price at an exchange is a public record, and the sentence says where to read it.
    // Only a fronted "On the … Stock Exchange, shares …": "the biggest firm on the stock exchange" is no source.
    { id: 'exchange', source: '(?<![\\p{L}\\p{N}]\\s{1,3})on the (?:[\\p{L}-]+ ){0,3}(?:stock exchange|stock market)(?=,)|in (?:early|late|morning|afternoon|midday|after-hours|heavy) trading' },
  ],
  hedges: [
    { id: 'reportedly', source: 'reportedly' },
    { id: 'allegedly', source: 'allegedly' },
    // Attributive "the alleged attack" is the speaker's term: a named source in the sentence vouches for it.
    { id: 'allegedly', source: 'alleged', yieldsToNamed: true },
    { id: 'purportedly', source: 'purportedly|reputedly' },
    { id: 'supposedly', source: 'supposedly' },
    { id: 'apparently', source: 'apparently' },
    {
      id: 'is-said-to',
      source:
        '(?:is|are|was|were|has been|have been|had been) (?:widely |also |now |still )?(?:said|believed|thought|rumou?red|alleged|reported|understood|claimed|suspected) (?:to|as saying)',
    },
    { id: 'seen-as', source: '(?:(?:is|are|was|were|has been|have been|being|widely|largely|often|generally) )?seen as' },
  ],
  reportedMoods: [],
  needsSource: [
    // What someone fears, hopes, knows or tries in private is not on the record.
    'hopes to', 'hoped to', 'fears that', 'feared that', 'knew', 'was aware', 'were aware', 'tried to', 'is trying to',
    'are trying to', 'sought to', 'seeks to', 'secretly', 'privately', 'behind closed doors', 'took fright',
    'because', 'due to', 'owing to', 'as a result of', 'led to', 'leads to', 'leading to', 'caused', 'causes', 'causing',
    'blamed on', 'thanks to', 'resulted in', 'results in', 'the most', 'the least', 'biggest', 'largest', 'highest',
    'lowest', 'smallest', 'fastest', 'worst', 'best-selling', 'most popular', 'for the first time', 'record', 'more than ever',
    'more than', 'less than', 'fewer than', 'higher than', 'lower than', 'bigger than', 'larger than', 'compared with',
    'compared to', 'the majority of', 'most of the', 'unprecedented',
    // Causes in the language of markets and policy.
    'weighed on', 'weighs on', 'weigh on', 'linked to',
    // Proportions and votes: someone counted.
    'largely', 'mostly', 'for the most part', 'overwhelmingly', 'unanimously',
    // A third party's intentions and deliberations, and an investigation's progress, are not on the record.
    'is keen to', 'are keen to', 'was keen to', 'were keen to', 'is determined to', 'are determined to', 'is eager to',
    'is anxious to', 'is careful to', 'is considering', 'are considering', 'was considering', 'were considering',
    'wanted by police', 'sought by police', 'under investigation',
    // Who is among the victims is a count someone made.
    'among those affected', 'among those killed', 'among those injured', 'among those arrested', 'among the victims',
    'among the dead', 'among the injured',
  ],
  plans: [
    'will', "won't", 'is to', 'are to', 'plans to', 'plan to', 'planned', 'intends to', 'aims to', 'wants to', 'is due to',
    'are due to', 'is set to', 'are set to', 'is expected to', 'are expected to', 'is scheduled', 'are scheduled',
    'next week', 'next month', 'next year', 'by 2030', 'would',
  ],
  unasserted: ['if', 'whether', 'unless'],
  clauseOpeners: ['which', 'who', 'whom', 'whose', 'because', 'while', 'whereas', 'although', 'though', 'after', 'before', 'since', 'when', 'where'],
  figures: {
    numberWords: [
      'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'tens of thousands', 'hundreds of thousands', 'half of',
      'a third of', 'a quarter of', 'two-thirds', 'three-quarters', 'one in',
      // Multiples and repeated events are counted too.
      'twofold', 'two-fold', 'threefold', 'three-fold', 'fourfold', 'four-fold', 'fivefold', 'five-fold', 'tenfold',
      'ten-fold', 'doubled', 'tripled', 'quadrupled', 'halved', 'several times', 'repeatedly', 'on several occasions',
      'time and again',
    ],
    cardinals: [
      'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
      'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'a hundred', 'a dozen', 'two dozen',
    ],
    approximations: [
      'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'more than', 'over', 'fewer than',
      'less than', 'up to', 'at least', 'no fewer than', 'no less than', 'as many as',
    ],
    fewWords: ['several', 'a few', 'many', 'numerous', 'scores of'],
    tolls: [
      'injured', 'wounded', 'hurt', 'dead', 'killed', 'deaths', 'died', 'casualties', 'victims', 'arrested', 'arrests',
      'detained', 'detainees', 'hostages',
    ],
    tollVerbs: ['arrested', 'detained', 'killed', 'injured', 'wounded'],
    timeWords: [
      'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'times', 'january', 'february',
      'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
    ],
  },
  conjectures: [
    'would', 'could', 'might', 'going to',
    // What a plan or a proposal contains: checkable only as having been proposed.
    'plans include', 'plan includes', 'proposals include', 'proposal includes', 'pledges include', 'promises include',
    'measures include', 'under the plans', 'under the proposals', 'under the proposal',
  ],
  views: [
    'essential', 'vital', 'crucial', 'necessary', 'a problem', 'a big problem', 'a serious problem', 'dangerous', 'wrong',
    'unfair', 'unacceptable', 'a mistake', 'a disaster', 'a threat', 'ridiculous', 'absurd', 'excellent', 'disappointing',
    'dubious', 'questionable', 'irresponsible', 'seemed to', 'seems to', 'appeared to', 'should', 'must', 'ought to',
  ],
  writerAsides: [
    'it is worth recalling', 'it is worth remembering', 'it should be remembered', 'it should be recalled',
    'as a reminder', 'it bears repeating',
  ],
  capitalisedNonNames: [
    'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'you', 'but', 'and',
    'or', 'in', 'on', 'at', 'for', 'if', 'when', 'as', 'after', 'before', 'his', 'her', 'their', 'our', 'my', 'from',
    'with', 'by', 'about', 'during', 'since', 'meanwhile', 'however', 'earlier', 'later',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december',
  ],
  capitalisationMarksNames: true,
};
