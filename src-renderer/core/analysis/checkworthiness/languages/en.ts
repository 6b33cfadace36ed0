/** English cues for check-worthiness. Apostrophes are straight (the extractor folds ’ to '). */
import type { LanguageProfile } from '../profile';

export const en: LanguageProfile = {
  code: 'en',
  numberWords: [
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
    'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred*', 'thousand*',
    'million*', 'billion*', 'trillion*', 'dozen*', 'half', 'twice', 'a third', 'a quarter',
    'one in', 'one out of', 'single',
  ],
  quantity: [
    'percent', 'per cent', 'percentage', 'dollar*', 'cents', 'euro*', 'pounds', 'tons', 'tonnes',
    'miles', 'kilomet*', 'acres', 'barrels', 'gallons', 'square', 'points', 'per capita', 'a year',
    'per year', 'a day', 'per day', 'a month', 'half of', 'times as', 'times more', 'majority',
    'average', 'rate', 'rates', 'budget', 'deficit', 'debt', 'gdp', 'figures', 'statistics',
  ],
  date: [
    /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g,
    /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    'yesterday', 'last year', 'last month', 'last week', 'this year', 'next year', 'years ago',
    'months ago', 'ago', 'decade*', 'century', 'since', 'in the last', 'in the past', 'over the last',
    'over the past', 'during the', 'when i was', 'when he was', 'when she was', 'at the time',
    'term', 'administration',
  ],
  comparison: [
    'more than', 'less than', 'fewer than', 'as much as', 'as many as', 'compared to', 'compared with',
    'than', 'higher', 'lower', 'bigger', 'smaller', 'greater', 'larger', 'fewer', 'faster', 'slower',
    'better', 'worse', 'more', 'less', 'up from', 'down from', 'versus',
  ],
  change: [
    'increas*', 'decreas*', 'rose', 'risen', 'rise', 'rising', 'fell', 'fallen', 'falling', 'dropped',
    'drop', 'doubled', 'tripled', 'quadrupled', 'grew', 'grown', 'growth', 'declin*', 'went up',
    'gone up', 'go up', 'went down', 'gone down', 'cut', 'cuts', 'slashed', 'reduc*', 'lost', 'gained',
    'added', 'raised', 'lowered', 'expanded', 'shrunk', 'shrank', 'soared', 'plummeted',
  ],
  superlative: [
    'most', 'least', 'best', 'worst', 'first time', 'ever', 'in history', 'record', 'all-time',
    'never before', 'number one', 'only', 'largest', 'biggest', 'highest', 'lowest', 'fastest',
    'greatest', 'smallest', 'oldest', 'newest', 'strongest', 'weakest', 'richest', 'poorest',
    'wealthiest', 'deepest', 'longest', 'shortest', 'lead*', 'top', 'unprecedented',
  ],
  reportingVerb: [
    'said', 'says', 'told', 'tells', 'announced', 'reported', 'reports', 'claimed', 'claims', 'stated',
    'according to', 'testified', 'wrote', 'declared', 'admitted', 'confirmed', 'denied', 'estimated',
    'estimates', 'found', 'showed', 'shows', 'study', 'studies', 'survey', 'poll', 'report',
  ],
  causal: [
    'because', 'because of', 'due to', 'caused', 'causes', 'cause', 'led to', 'leads to', 'lead to',
    'as a result', 'result of', 'resulted', 'therefore', 'thanks to', 'responsible for', 'so that',
    'which is why', "that's why", 'that is why', 'consequence*',
  ],
  predictive: [
    'will', "'ll", 'going to', 'gonna', 'expected to', 'expects', 'forecast*', 'predict*', 'projected',
    'projection*', 'is set to', 'are set to', 'by the end of', 'next year', 'in the future', 'soon',
  ],
  entityCue: [
    'mr', 'mrs', 'ms', 'dr', 'president', 'senator', 'governor', 'congressman', 'congresswoman',
    'minister', 'secretary', 'general', 'chairman', 'ceo', 'mayor', 'prime minister', 'ambassador',
    'department', 'ministry', 'agency', 'commission', 'committee', 'university', 'company',
    'corporation', 'bank', 'court', 'congress', 'senate', 'parliament',
  ],
  action: [
    'voted', 'vote', 'votes', 'signed', 'vetoed', 'passed', 'sponsored', 'proposed', 'created',
    'spent', 'spends', 'spending', 'eliminated', 'invested', 'funded', 'approved', 'rejected',
    'opposed', 'supported', 'built', 'closed', 'hired', 'fired', 'killed', 'died', 'won', 'paid',
    'pays', 'borrowed', 'owe', 'owes', 'taxed', 'cost', 'costs', 'hold', 'holds',
  ],
  topic: [
    'tax*', 'job', 'jobs', 'unemploy*', 'employ*', 'econom*', 'inflation', 'wage*', 'salar*', 'income*',
    'poverty', 'poor', 'health care', 'healthcare', 'medicare', 'medicaid', 'insurance', 'social security',
    'pension*', 'crime', 'murder*', 'police', 'prison*', 'gun', 'guns', 'immigra*', 'border*', 'military',
    'troops', 'soldiers', 'war', 'weapon*', 'nuclear', 'missile*', 'energy', 'oil', 'gas', 'climate',
    'emission*', 'school*', 'education', 'student*', 'college*', 'teacher*', 'trade', 'export*',
    'import*', 'law', 'laws', 'bill', 'legislation', 'program*', 'government', 'federal', 'money',
    'worker*', 'business*', 'companies', 'industr*', 'farm*', 'veteran*', 'tariff*', 'population',
    'deaths', 'people', 'americans', 'citizens', 'families', 'children', 'kids', 'women', 'country',
    'countries', 'nation*', 'states', 'percent', 'interest', 'drugs', 'abortion', 'terror*',
    'deficit', 'debt', 'spending', 'funding', 'security', 'china', 'russia', 'iraq', 'iran',
  ],
  past: [
    'was', 'were', 'had', 'did', "didn't", 'has been', 'have been', 'has', 'have', "'ve",
    /\b[a-z]{3,}ed\b/g,
  ],
  firstPersonSingular: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd", "i'll"],
  firstPersonPlural: ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'll", "we'd", "let's"],
  secondPerson: ['you', 'your', 'yours', 'yourself', "you're", "you've", "you'll", "you'd"],
  hedge: [
    'i think', 'i believe', 'i guess', 'i suppose', 'i feel', 'i hope', 'maybe', 'perhaps', 'probably',
    'might', 'may', 'could', 'seems', 'possibly', "i don't know", 'kind of', 'sort of', 'i mean',
    'you know', 'i understand',
  ],
  opinion: [
    'great', 'wonderful', 'terrible', 'horrible', 'good', 'bad', 'wrong', 'right', 'important', 'proud',
    'love', 'hate', 'fair', 'unfair', 'ridiculous', 'disaster', 'nice', 'beautiful', 'tremendous*',
    'shame', 'sad', 'happy', 'honest', 'strong', 'weak', 'believe', 'agree', 'disagree', 'respect',
    'hope', 'want', 'wants', 'care', 'values', 'dream',
  ],
  prescriptive: [
    'should', 'must', 'need to', 'needs to', 'have to', 'has to', 'ought', "let's", 'let me', 'got to',
    'gotta', 'we need', 'we can', 'we must', 'can',
  ],
  phatic: [
    'thank you', 'thanks', 'congratulations', 'hello', 'please', 'ladies and gentlemen', 'welcome',
    'good evening', 'good night', 'okay', 'ok', 'well', 'yes', 'no', 'sir', 'excuse me', 'question',
    'answer', 'audience',
  ],
  capitalisationMarksNames: true,
  // Months and days are dates, not names (they have their own cue).
  capitalisedNonNames: [
    'i', 'ok', 'okay', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
    'sunday',
  ],
};
