/**
 * French sourcing patterns.
 *
 * The conditional of reported speech ("la proposition exigerait", "Trump
 * aurait donné") is how French journalism marks information it has not
 * confirmed. The same mood has other uses that must not fire, and the choices
 * below keep them out:
 * - only the third person (-rait, -raient): "je voudrais", "nous aurions" are
 *   the writer's own politeness or hypothesis, never hearsay;
 * - modal verbs (pourrait, devrait, faudrait, voudrait, vaudrait, aimerait,
 *   souhaiterait, préférerait) express possibility, obligation or wish: a
 *   forecast, not a report;
 * - "on dirait" means "it looks like";
 * - hypothetical sentences ("si j'étais", "s'il était adopté", "au cas où")
 *   use the conditional for the consequence (`hypothetical`);
 * - after a reporting verb in the past ("ont indiqué qu'ils poursuivraient"),
 *   the conditional is the future in the past of a named report, and after
 *   "selon le ministère" the report is attributed (`reportingFrame`);
 * - inside quotation marks the words belong to the quoted speaker, and in
 *   questions the conditional is rhetorical (both handled by the engine).
 * The imperfect of -rer verbs (déclarait, montrait, tirait) looks like a
 * conditional; the patterns avoid it by matching the -er conditional only
 * as "-erait" and listing the other conditionals explicitly.
 */
import type { SourcingLanguage } from './types';

// A past participle after "aurait"/"serait" belongs to the span: "aurait donné".
const PARTICIPLE = "(?: (?:déjà|été|pas|jamais|bien|notamment|également|aussi|encore|même|secrètement|personnellement))?(?: [\\p{L}]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|eint|einte|aint|ainte|oint|ointe|os|ose|eu|eue|ois))?";

const RAIT = '(?:rait|raient)';

// Future stems whose conditional cannot be told from an imperfect by its ending alone.
const IRREGULAR_STEMS = [
  'fe', 'i', 'di', 'li', 'suffi', 'écri', 'prédi', 'contredi', 'interdi', 'redi', 'agi', 'réagi', 'fini', 'choisi',
  'parti', 'sorti', 'dormi', 'servi', 'menti', 'senti', 'ressenti', 'ouvri', 'offri', 'souffri', 'couvri',
  'découvri', 'réussi', 'établi', 'fourni', 'investi', 'obtiend', 'viend', 'tiend', 'reviend', 'deviend',
  'contiend', 'maintiend', 'souviend', 'prend', 'comprend', 'apprend', 'entreprend', 'surprend', 'perd', 'répond',
  'attend', 'rend', 'vend', 'défend', 'entend', 'dépend', 'descend', 'craind', 'plaind', 'joind', 'rejoind',
  'atteind', 'peind', 'éteind', 'mett', 'permett', 'promett', 'soumett', 'admett', 'connaît', 'reconnaît',
  'paraît', 'apparaît', 'disparaît', 'connait', 'parait', 'batt', 'combatt', 'sau', 'ver', 'enver', 'cour',
  'mour', 'acquer', 'conclu', 'exclu', 'inclu', 'viv', 'surviv', 'suiv', 'poursuiv', 'boi', 'croi', 'plai',
  'condui', 'construi', 'détrui', 'produi', 'rédui', 'tradui', 'introdui', 'nui', 'recev', 'apercev', 'décev',
  'concev', 'percev',
].join('|');

export const fr: SourcingLanguage = {
  code: 'fr',
  vagueAttributions: [
    {
      id: 'selon-certaines-informations',
      source:
        "(?:selon|d'après) (?:certaines|plusieurs|diverses|des|de premières|les premières|de nombreuses|d'autres) informations(?: (?:de presse|parues|publiées|concordantes|non confirmées))?",
    },
    { id: 'selon-nos-informations', source: "(?:selon|d'après) nos informations" },
    {
      id: 'selon-des-sources',
      source:
        "(?:selon|d'après|de) (?:une|des|certaines|plusieurs|diverses|nos|de nombreuses|quelques|deux|trois|bonnes) sources?(?: (?:proches?|bien informées?|concordantes|diplomatiques|gouvernementales|sécuritaires|militaires|policières|judiciaires|officielles|anonymes|internes|autorisées?|haut placées?)(?: (?:du|de la|des|de l')\\s*[\\p{L}-]+)?)?",
    },
    {
      id: 'de-source-sure',
      source: "de (?:sources?|bonne source) (?:sûres?|bien informées?|concordantes|autorisées?|diplomatiques|officielles|proches? (?:du|de la|des|de l')\\s*[\\p{L}-]+)|de bonne source",
    },
    {
      id: 'des-sources-indiquent',
      source:
        "(?:des|plusieurs|certaines|de nombreuses|deux|trois) sources (?:(?:proches?|concordantes|diplomatiques|anonymes|internes|bien informées) )?(?:indiquent|affirment|assurent|évoquent|rapportent|confirment|avancent|disent|estiment|ont indiqué|ont affirmé|ont confirmé|ont rapporté|font état)",
    },
    {
      id: 'd-apres-plusieurs-medias',
      source:
        "(?:selon|d'après) (?:plusieurs|certains|des|de nombreux|divers|les) (?:médias|journaux|organes de presse|titres de presse)(?: (?:locaux|étrangers|internationaux|américains|russes|ukrainiens|israéliens|britanniques|allemands))?",
    },
    {
      id: 'selon-la-presse',
      source: "(?:selon|d'après) (?:la presse|les médias)(?: (?:locale|locaux|étrangère|étrangers|internationale|internationaux|américaine|américains|russe|russes))?",
    },
    { id: 'plusieurs-medias-rapportent', source: '(?:plusieurs|certains|de nombreux|des) médias (?:rapportent|affirment|évoquent|indiquent|ont rapporté|font état)' },
    {
      id: 'selon-des-experts',
      source:
        "(?:selon|d'après) (?:des|certains|plusieurs|de nombreux|les|un|une) (?:experts?|spécialistes?|observateurs?|analystes?|témoins?|proches?|connaisseurs?|rumeurs?|critiques|détracteurs|responsables?|diplomates?|conseillers?|fonctionnaires?)",
    },
    {
      id: 'des-experts-estiment',
      source:
        "(?:des|certains|plusieurs|de nombreux|les) (?:experts|spécialistes|observateurs|analystes|critiques|détracteurs) (?:estiment|affirment|mettent en garde|préviennent|alertent|redoutent|craignent|jugent|soulignent|dénoncent|s'inquiètent|assurent|pensent|avertissent)",
    },
    { id: 'certains-estiment', source: "(?:certains|d'aucuns|beaucoup) (?:estiment|affirment|disent|pensent|assurent|prétendent|jugent|soutiennent|croient)" },
    { id: 'on-dit-que', source: "(?:on (?:dit|raconte|murmure|prétend|rapporte)|il se (?:dit|murmure|raconte)|il paraît) (?:que|qu')" },
    { id: 'dit-on', source: "dit-on|paraît-il|à ce qu'il paraît|à ce qu'on dit" },
    { id: 'la-rumeur', source: "la rumeur (?:veut|dit|court)|des rumeurs (?:font état|circulent|évoquent)|(?:selon|d'après) la rumeur" },
  ],
  hedges: [
    { id: 'pretendument', source: 'prétendument' },
    { id: 'supposement', source: 'supposément' },
    { id: 'presumement', source: 'présumément' },
    { id: 'il-semblerait', source: "il semblerait (?:que|qu')|semble-t-il" },
  ],
  reportedMoods: [
    // "aurait donné", "auraient été", "serait parti": the auxiliary and its participle.
    { id: 'conditionnel-passe', source: `(?:aurai(?:en)?t|serai(?:en)?t)${PARTICIPLE}`, notAfter: 'on' },
    // The conditional of -er verbs is "infinitive + ait": exigerait, annoncerait, resteraient.
    // Wishes (aimerait, souhaiterait, préférerait) are not reports.
    {
      id: 'conditionnel',
      source: `(?!(?:aime|souhaite|préfére|préfère|adore|désire|semble)rai)[\\p{L}]{2,}e${RAIT}`,
    },
    // Other verbs, listed by their future stem, because the generic "-rait"
    // would also take the imperfect of -rer verbs (tirait, montrait, entrait).
    { id: 'conditionnel', source: `(?:${IRREGULAR_STEMS})${RAIT}`, notAfter: 'on' },
  ],
  hypothetical:
    "(?:si|s'ils?) (?:[\\p{L}]+'\\s*|[\\p{L}-]+ ){0,5}?[\\p{L}]+(?<!r)(?:ais|ait|aient|ions|iez)|au cas où|quand bien même|à supposer (?:que|qu')|dans l'hypothèse où|à condition (?:que|qu')",
  reportingFrame:
    "(?:a|ont|avait|avaient|aurait|auraient|avoir)(?:-t-(?:il|elle|on|ils|elles))? (?:(?:\\p{L}+) ){0,2}?(?:dit|déclaré|indiqué|annoncé|affirmé|assuré|expliqué|précisé|estimé|ajouté|promis|prévenu|averti|souligné|répété|reconnu|confirmé|jugé|laissé entendre|fait savoir|écrit|rapporté|prédit|garanti|espéré|pensé|cru|craint|admis|insisté|martelé|rappelé|convenu|prévu)(?: (?:[\\p{L}]+'\\s*|[\\p{L}-]+ ){0,3}?(?:que|qu')|(?= (?:le|la|les|l'|un|une|son|sa|ses|leur|leurs)))|(?:disait|disaient|déclarait|indiquait|annonçait|affirmait|assurait|expliquait|précisait|estimait|ajoutait|promettait|prévenait|avertissait|soulignait|pensait|croyait|craignait|espérait|jurait|déclara|annonça|affirma|assura|promit|avertissant|affirmant|estimant|soulignant|assurant|expliquant|précisant|ajoutant|indiquant|déclarant|annonçant|promettant|prévenant|jugeant|rappelant|prévoyant) (?:que|qu')|(?:selon|d'après|aux dires d[eu]|de l'avis d[eu]) [\\p{L}\\p{N}]+",
  attributionCues: [
    'selon', "d'après", 'a déclaré', 'ont déclaré', 'a dit', 'ont dit', 'a indiqué', 'ont indiqué', 'indique', 'indiquent',
    'a affirmé', 'ont affirmé', 'affirme', 'affirment', 'a annoncé', 'ont annoncé', 'annonce', 'a précisé', 'précise',
    'a expliqué', 'explique', 'a assuré', 'assure', 'a estimé', 'estime', 'a confirmé', 'confirme', 'a souligné',
    'souligne', 'a rapporté', 'rapporte', 'a publié', 'publié', 'communiqué', 'rapport', 'étude', 'enquête', 'sondage',
    'statistiques', 'chiffres', 'données', 'porte-parole', 'a-t-il', 'a-t-elle', 'ont-ils', 'déclare', 'dit-il',
    'dit-elle', 'a écrit', 'écrit', 'source', 'sources', 'cité par', 'interrogé', 'interrogée', 'témoigne',
  ],
  speechVerbs: [
    'a déclaré', 'ont déclaré', 'déclare', 'a dit', 'ont dit', 'dit', 'a indiqué', 'ont indiqué', 'indique', 'a affirmé',
    'ont affirmé', 'affirme', 'a ajouté', 'ajoute', 'a expliqué', 'explique', 'a précisé', 'précise', 'a souligné',
    'soulign*', 'a assuré', 'assure', 'a estimé', 'estime', 'a lancé', 'lance', 'a martelé', 'a confié', 'a réagi',
    'a répondu', 'a prévenu', 'a averti', 'avertissant', 'a dénoncé', 'a reconnu', 'a admis', 'a écrit', 'écrit',
    'a tweeté', 'a-t-il', 'a-t-elle', 'ont-ils', 'ont-elles', 'selon', "d'après", 'a réaffirmé', 'réaffirm*',
    'qualifi*', 'ont décrit', 'a décrit', 'décrit', 'ont convenu', 'a annoncé', 'annonce', 'a rappelé', 'rappelle',
    'a insisté', 'a promis', 'a confirmé', 'confirme', 'a raconté', 'raconte', 'a témoigné', 'témoigne',
  ],
  capitalisedNonNames: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'ce',
    'cette', 'ces', 'mais', 'et', 'ou', 'en', 'dans', 'pour', 'par', 'si', 'quand', 'lundi', 'mardi', 'mercredi',
    'jeudi', 'vendredi', 'samedi', 'dimanche',
  ],
  capitalisationMarksNames: true,
};
