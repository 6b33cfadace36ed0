/**
 * French attribution patterns.
 *
 * A vague or anonymous source is one the reader cannot identify: "selon des
 * témoins", "selon les premiers éléments", "de source policière", and the
 * anonymous source placed after its verb, as wire copy does ("indique une
 * source proche du dossier", "souligne un conseiller de l'exécutif",
 * "a-t-on appris auprès d'un pilier de la majorité", "…, rapportent plusieurs
 * médias"). "Selon" followed by a
 * name or an institution ("selon le parquet", "selon la police") is a named
 * source.
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
 *   use the conditional for the consequence, and suggestions and proposals
 *   ("a suggéré que le président expliquerait") for their content
 *   (`notHearsay`), which may go on in the next sentence ("Le projet
 *   prévoit que … . Les amendes atteindraient 500 euros.": `proposals`);
 * - after a reporting verb ("ont indiqué qu'ils poursuivraient"), the
 *   conditional is the future in the past of a named report, and after
 *   "selon le ministère" the report is attributed (a named source in the
 *   sentence or just before it: see the engine);
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
  'attend', 'rend', 'vend', 'défend', 'entend', 'dépend', 'descend', 'étend', 'prétend', 'tend', 'suspend', 'fond',
  'confond', 'correspond', 'mord', 'tord', 'craind', 'plaind', 'joind', 'rejoind',
  'atteind', 'peind', 'éteind', 'mett', 'permett', 'promett', 'soumett', 'admett', 'connaît', 'reconnaît',
  'paraît', 'apparaît', 'disparaît', 'connait', 'parait', 'batt', 'combatt', 'sau', 'ver', 'enver', 'cour',
  'mour', 'acquer', 'conclu', 'exclu', 'inclu', 'viv', 'surviv', 'suiv', 'poursuiv', 'boi', 'croi', 'plai',
  'condui', 'construi', 'détrui', 'produi', 'rédui', 'tradui', 'introdui', 'nui', 'recev', 'apercev', 'décev',
  'concev', 'percev',
].join('|');

/** Anonymous people and groups: a source, an adviser, someone close to... (singular indefinite or unqualified plural). */
const ANONYMOUS_PERSON =
  "(?:une|un|l'une|l'un|deux|trois|plusieurs|certains|certaines|des|de nombreux|de nombreuses|quelques) (?:(?:de ses|de leurs|des) )?(?:(?:haut|hauts|haute|ancien|ancienne|anciens|proche|proches|autre|autres|jeune|bon|bonne|grand|grande) )?(?:sources?|conseill(?:er|ère|ers|ères)|proches?|responsables?|membres?|cadres?|diplomates?|fonctionnaires?|policiers?|enquêteurs?|élus?|piliers?|connaisseurs?|observateurs?|témoins?|habitants?|experts?|spécialistes?|manifestants?|conducteurs?|participants?|négociateurs?|dirigeants?|collaborateurs?|collaboratrices?|ténors?|cadors?|visiteurs?|riverains?|salariés?|employés?|agents?|militaires?|interlocuteurs?|familiers?|intimes?)";
const ENTOURAGE = "(?:l'|son |leur |dans l'|dans son |dans leur )entourage";
/** Words after an anonymous source that locate it without naming it ("proche du dossier", "de l'exécutif"). */
const LOCATED = "(?: (?:proches?|bien informée?s?|haut placée?s?|autorisée?s?|anonymes?|concordantes?|sûres?|policières?|judiciaires?|gouvernementales?|diplomatiques?|syndicales?|sécuritaires?|militaires?|internes?|officielles?)(?: (?:du|de la|des|de l'|de|d')\\s*[\\p{L}-]+)?| (?:du|de la|des|de l'|d')\\s*[\\p{L}-]+| de la majorité| de l'exécutif)?";
/** A name (capitalised) or an institution ("l'Insee", "le parquet"): a named source. Case-sensitive (a guard). */
const INSTITUTION = '(?:\\p{Lu}|ministère|gouvernement|police|gendarmerie|parquet|préfecture|mairie|justice|tribunal)';
/**
 * What names the source after a vague-looking phrase: "de" + a name or an institution, after up to three words that
 * are not themselves a complement ("de l'Insee", "les premières estimations officielles du ministère"), or a
 * participle + "par" + one, after up to four words of any kind ("les premiers éléments de l'enquête communiqués par
 * le parquet"). Case-sensitive (a guard): a capital marks the name.
 */
const NAMED_AFTER = `(?:\\s+(?!(?:de|du|des|d|le|la|les|l|un|une|à|au|aux|en|sur|dans|par|pour|avec|chez|devant|près)[\\s'’])[\\p{L}-]+){0,3}?\\s+(?:de|du|des|de la|d[e']\\s?l['’]|d['’])\\s*${INSTITUTION}|(?:\\s+[\\p{L}'’-]+){0,4}?\\s+(?:publié|communiqué|diffusé|fourni|annoncé|établi|réalisé|transmis)(?:e|s|es)? par\\s+(?:(?:le|la|les)\\s+|l['’]\\s*)?${INSTITUTION}`;
/** A day or an adverb between a verb and its subject ("a réagi dimanche l'entourage du président"). */
const WHEN = "(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|encore|également|aussi|ensuite|toutefois|cependant|pourtant|alors)(?: (?:matin|midi|soir))?)?";
const REPORTING_VERB_PRESENT =
  "(?:indique|indiquent|affirme|affirment|précise|précisent|explique|expliquent|souligne|soulignent|estime|estiment|ajoute|ajoutent|assure|assurent|déclare|déclarent|confie|confient|avertit|avertissent|reconnaît|reconnait|s'inquiète|s'inquiètent|dénonce|dénoncent|rapporte|rapportent|annonce|annoncent|confirme|confirment|dément|démentent|martèle|insiste|insistent|juge|jugent|rappelle|rappellent|observe|observent|note|notent|prévient|préviennent|relève|relèvent|raconte|racontent|témoigne|témoignent|écrit|écrivent|glisse|glissent|lâche|fait savoir|font savoir|fait valoir|détaille|nuance|tempère|regrette|déplore|admet|concède|résume|analyse|poursuit|conclut|s'interroge|s'étonne|se félicite|se réjouit|commente|dit|disent|met en garde|mettent en garde|accuse|accusent|reproche|reprochent|montre|montrent|révèle|révèlent|crédite|créditent|constate|constatent|appelle|appellent|pronostique|pronostiquent|prédit|anticipe|anticipent)";
const REPORTING_PARTICIPLE =
  "(?:dit|déclaré|indiqué|annoncé|affirmé|assuré|expliqué|précisé|estimé|ajouté|promis|prévenu|averti|souligné|répété|reconnu|confirmé|démenti|jugé|laissé entendre|fait savoir|fait valoir|fait état|écrit|rapporté|prédit|garanti|admis|insisté|martelé|rappelé|convenu|confié|déploré|regretté|dénoncé|raconté|témoigné|détaillé|qualifié|décrit|réagi|répondu|tweeté|publié|relevé|noté|observé|concédé|résumé|commenté|salué|fustigé|critiqué|exprimé|évoqué|mentionné|signalé|dévoilé|révélé|communiqué|appelé|constaté|demandé|réclamé|exigé|accusé|reproché|mis en garde|pronostiqué|prévenu)";

/**
 * "Lancer" reports words only in a reporting construction: inverted after
 * what was said (« … », a lancé le ministre; a-t-il lancé) or before a colon
 * or a quotation. "Le président a lancé un grand débat" launches something.
 */
const LANCE = "(?<=[,\"”»]\\s{0,3})(?:a|ont|avait|avaient)(?:-t-(?:il|elle|ils|elles))? (?:\\p{L}+ ){0,2}?lancé|(?:a|ont|avait|avaient)-t-(?:il|elle|ils|elles) (?:\\p{L}+ ){0,2}?lancé|(?:a|ont|avait|avaient) (?:\\p{L}+ ){0,2}?lancé(?=\\s*[:«\"“])";

/** A hypothesis: the conditional gives its consequence ("s'il était élu, il baisserait"). */
const HYPOTHESIS =
  "(?:si|s'ils?) (?:[\\p{L}]+'\\s*|[\\p{L}-]+ ){0,5}?[\\p{L}]+(?<!r)(?:ais|ait|aient|ions|iez)|(?:si|s'il|s'ils) (?:le|la|les|l'|un|une|des|il|elle|ils|elles|on|nous|vous|ce|cette|ces|rien|aucun|aucune|tout|toutes?|chaque)|au cas où|quand bien même|à supposer (?:que|qu')|dans l'hypothèse où|à condition (?:que|qu')";
/** A plan, a proposal, a suggestion or a demand, whose content the conditional gives ("a suggéré que le président expliquerait"). */
const PROPOSAL =
  "(?:a|ont|avait|avaient)(?:-t-(?:il|elle))? (?:proposé|suggéré|envisagé|prévu|imaginé|demandé|souhaité|exigé|réclamé) (?:que|qu'|de|d')|(?:propose|proposent|suggère|suggèrent|envisage|envisagent|prévoit|prévoient|imagine|souhaite|souhaitent|demande|demandent|réclame|réclament) (?:que|qu'|de|d')";

export const fr: SourcingLanguage = {
  code: 'fr',
  vagueSources: [
    {
      id: 'selon-certaines-informations',
      source:
        "(?:selon|d'après) (?:certaines|plusieurs|diverses|des|de premières|les premières|de nombreuses|d'autres) informations(?: (?:de presse|parues|publiées|concordantes|non confirmées))?",
      unlessNext: NAMED_AFTER,
    },
    { id: 'selon-nos-informations', source: "(?:selon|d'après) nos informations" },
    {
      id: 'selon-des-sources',
      source: `(?:selon|d'après|de|auprès d'|auprès de) (?:une|des|certaines|plusieurs|diverses|nos|de nombreuses|quelques|deux|trois|bonnes) sources?${LOCATED}`,
    },
    {
      id: 'de-source-sure',
      source: "de (?:sources?|bonne source) (?:sûres?|bien informées?|concordantes|autorisées?|diplomatiques|officielles|policières?|judiciaires?|gouvernementales?|sécuritaires?|militaires?|syndicales?|proches? (?:du|de la|des|de l')\\s*[\\p{L}-]+)|de bonne source",
    },
    { id: 'de-meme-source', source: "(?:de même source|(?:selon|d'après) (?:la|cette) même source|(?:selon|d'après) cette source|la même source)", anaphor: true },
    { id: 'selon-lui', source: "(?:selon|d'après) (?:lui|elle|eux|elles)", anaphor: true },
    {
      id: 'des-sources-indiquent',
      source:
        "(?:des|plusieurs|certaines|de nombreuses|deux|trois) sources (?:(?:proches?|concordantes|diplomatiques|anonymes|internes|bien informées|policières|judiciaires|gouvernementales) )?(?:indiquent|affirment|assurent|évoquent|rapportent|confirment|avancent|disent|estiment|ont indiqué|ont affirmé|ont confirmé|ont rapporté|font état|ont fait état)",
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
    // "Selon des témoins", "selon les premiers éléments", "d'après plusieurs riverains": a vague determiner names nobody.
    // "Les premiers/premières" + any noun ("les premiers renseignements", "les premières constatations") says what
    // came first, not who gave it; the source is named only by what follows: "de l'Insee", "du ministère", "publiés
    // par la préfecture" (after up to three words: "les premiers résultats officiels publiés par le ministère").
    {
      id: 'selon-des-temoins',
      source:
        "(?:selon|d'après) (?:(?:les|de) premi(?:ers|ères) [\\p{L}-]+|(?:des|les|plusieurs|certains|certaines|divers|diverses|quelques|de nombreux|de nombreuses|d'autres|l'un des|l'une des|un des|une des) (?:témoins|témoignages|sources|médias|participants|manifestants|riverains|habitants|observateurs|experts|spécialistes|analystes|proches|policiers|enquêteurs|conducteurs|estimations|rumeurs|passants|automobilistes|voisins|commentateurs))",
      unlessNext: NAMED_AFTER,
    },
    { id: 'des-sources-policieres', source: "(?:des|de|plusieurs|certaines|deux|trois) sources (?:policières|judiciaires|diplomatiques|gouvernementales|sécuritaires|militaires|syndicales|internes|concordantes|proches|bien informées)" },
    { id: 'ses-proches', source: "(?:les confidences|l'avis|des propos) (?:de ses|de leurs|d'un de ses|d'une de ses) (?:proches|conseillers|collaborateurs|intimes)|(?:citant|selon|d'après) (?:ses|leurs) (?:proches|conseillers|collaborateurs)" },
    // Unnamed media after their verb, inverted after what they report ("…, rapportent plusieurs médias", "…, affirme la
    // presse locale"). Only after a comma or a closing quotation mark: "le ministre dénonce des médias complaisants"
    // has its subject before the verb and reports nothing; "…, rapporte Le Monde" names its source.
    {
      id: 'rapportent-plusieurs-medias',
      source: `(?<=[,»”"]\\s{0,3})(?:${REPORTING_VERB_PRESENT}|(?:a|ont) ${REPORTING_PARTICIPLE})(?:-t-(?:il|elle|ils|elles))?${WHEN} (?:(?:plusieurs|certains|des|de nombreux|divers|deux|trois|quelques|d'autres) (?:médias|journaux|quotidiens|titres de presse|organes de presse)|(?:un|un autre) (?:média|journal|quotidien)|la presse)(?: (?:locale|locaux|local|étrangère|étrangers|étranger|internationale|internationaux|régionale|régionaux|régional|nationale|nationaux|national|spécialisée|spécialisés|spécialisé))?`,
    },
    // The anonymous source after its verb: "indique une source proche du dossier", "souligne un conseiller de l'exécutif".
    { id: 'indique-une-source', source: `(?:${REPORTING_VERB_PRESENT}|a (?:${REPORTING_PARTICIPLE}|lancé)|ont (?:${REPORTING_PARTICIPLE}|lancé))(?:-t-(?:il|elle))?${WHEN} (?:${ANONYMOUS_PERSON}|${ENTOURAGE})${LOCATED}` },
    { id: 'selon-un-proche', source: `(?:(?:selon|d'après|auprès de|de l'avis de) |auprès d'|de l'avis d')(?:${ANONYMOUS_PERSON}|${ENTOURAGE})${LOCATED}` },
    { id: 'une-source-indique', source: `(?:${ANONYMOUS_PERSON}|${ENTOURAGE})${LOCATED},? (?:${REPORTING_VERB_PRESENT}|a ${REPORTING_PARTICIPLE}|ont ${REPORTING_PARTICIPLE}|avait ${REPORTING_PARTICIPLE})`, unlessPrevious: "\\p{Lu}[\\p{L}-]*,?\\s+$" },
    // The impersonal "on": "a-t-on appris", "insiste-t-on dans l'entourage", "indique-t-on".
    {
      id: 'a-t-on-appris',
      source: "[\\p{L}]+-t-on(?: appris| indiqué| précisé| assuré| affirmé| confirmé| expliqué)?|apprend-on|(?:a|avons|ont) appris (?:de source|auprès d')",
      unlessNext: "(?:\\s+[\\p{L}]+){0,3}?\\s+(?:auprès\\s+(?:du|de\\s+la|de\\s+l['’]|des)\\s|de\\s+même\\s+source|dans\\s+(?:un|le)\\s+communiqué)",
    },
    {
      id: 'des-experts-estiment',
      source:
        "(?:des|certains|plusieurs|de nombreux|les) (?:experts|spécialistes|observateurs|analystes|critiques|détracteurs|économistes|commentateurs|ténors) (?:estiment|affirment|mettent en garde|préviennent|alertent|redoutent|craignent|jugent|soulignent|dénoncent|s'inquiètent|assurent|pensent|avertissent|s'attendent|prédisent|tablent|ne cachent pas|notent|relèvent|observent)",
    },
    { id: 'par-de-nombreux', source: "par (?:de nombreux|plusieurs|certains|des|quelques) (?:ténors|experts|spécialistes|observateurs|analystes|élus|responsables|critiques|détracteurs)" },
    { id: 'certains-estiment', source: "(?:certains|d'aucuns|beaucoup) (?:estiment|affirment|disent|pensent|assurent|prétendent|jugent|soutiennent|croient)" },
    { id: 'on-dit-que', source: "(?:on (?:dit|raconte|murmure|prétend|rapporte|affirme|assure|indique)|il se (?:dit|murmure|raconte)|il paraît) (?:que|qu')" },
    { id: 'dit-on', source: "dit-on|paraît-il|à ce qu'il paraît|à ce qu'on dit" },
    { id: 'la-rumeur', source: "la rumeur (?:veut|dit|court)|des rumeurs (?:font état|circulent|évoquent)|(?:selon|d'après) (?:la|des|les) rumeurs?" },
  ],
  namedSources: [
    { id: 'selon', source: "selon|d'après|aux dires d[eu]|de l'avis d[eu]|cité par|citée par|interrogée? par" },
    {
      id: 'verbe-au-passe',
      source: `(?:a|ont|avait|avaient|aurait|auraient|avoir)(?:-t-(?:il|elle|on|ils|elles))? (?:(?:\\p{L}+) ){0,2}?${REPORTING_PARTICIPLE}`,
    },
    { id: 'lance', source: LANCE },
    // A question put by someone, inverted right after the quotation ("« … ? », demande le maire") or with its
    // pronoun ("demande-t-il"); "la demande", "le syndicat, qui …, demande une hausse" ask for something.
    { id: 'demande', source: "(?<=[\"”»?][\\s,]{0,4})(?:demande|demandent)(?:-t-(?:il|elle|ils|elles))?|(?:demande|demandent)-t-(?:il|elle|ils|elles)" },
    { id: 'verbe-au-present', source: `${REPORTING_VERB_PRESENT}(?:-t-(?:il|elle|ils|elles))?` },
    {
      id: 'verbe-imparfait',
      source:
        "(?:disait|disaient|déclarait|indiquait|annonçait|affirmait|affirmaient|assurait|assuraient|expliquait|précisait|estimait|estimaient|ajoutait|promettait|prévenait|avertissait|soulignait|soulignaient|insistait|insistaient|martelait|répétait|déclara|annonça|affirma|assura|promit|avertissant|affirmant|estimant|soulignant|assurant|expliquant|précisant|ajoutant|indiquant|déclarant|annonçant|promettant|prévenant|jugeant|rappelant|insistant)",
    },
    // A poll's respondents ("74% des personnes interrogées", "Interrogés sur…") name the poll.
    { id: 'sondage', source: "(?:personnes|français|sondés) interrogé(?:e|s|es)?|interrogé(?:e|s|es)? sur|(?:personnes )?sondé(?:e|s|es)" },
    { id: 'pancarte', source: "(?:pouvait|peut|pourra|pouvaient)-on lire|lit-on|(?:sur|selon) (?:une|la|les|des|leurs|leur|sa|son) (?:pancartes?|banderoles?|affiches?|tracts?|slogans?)" },
    { id: 'pour-lui', source: "pour (?:lui|elle|eux|elles)(?=,)" },
    // A share price at an exchange is a public record, and the sentence says where to read it.
    // "a-t-on appris auprès de la préfecture": the office named is the source (an anonymous one is vague, see above).
    { id: 'appris-aupres', source: "appris auprès" },
    { id: 'bourse', source: "(?:à|sur) la bourse de [\\p{L}-]+|en bourse" },
    { id: 'communique', source: "(?:dans|selon) (?:un|une|le|la|son|sa|leur) (?:communiqué|déclaration|lettre|rapport|étude|enquête|sondage|note|tweet|message|courrier|entretien|interview)" },
  ],
  hedges: [
    { id: 'pretendument', source: 'prétendument' },
    { id: 'supposement', source: 'supposément' },
    { id: 'presumement', source: 'présumément' },
    { id: 'apparemment', source: 'apparemment' },
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
  notHearsay: `${HYPOTHESIS}|${PROPOSAL}`,
  proposals: PROPOSAL,
  needsSource: [
    // What someone fears, hopes, knows or tries in private is not on the record.
    'redoute', 'redoutent', 'craint', 'craignent', 'espère', 'espèrent', 'a pris peur', 'ont pris peur', 'savait', 'savaient',
    'cherche à', 'cherchent à', 'tente de', 'tentent de', 'a tenté de', 'ont tenté de', 'en secret', 'en coulisses',
    'parce que', "parce qu'", 'à cause de', "à cause d'", 'en raison de', "en raison d'", 'dû à', 'due à', 'dus à', 'dues à',
    'a provoqué', 'ont provoqué', 'provoqué par', 'a entraîné', 'ont entraîné', 'a conduit à', 'conduit à', 'grâce à',
    'la plus', 'le plus', 'les plus', 'record', 'sans précédent', 'première fois', 'plus que', 'moins que', 'davantage que',
    'par rapport à', 'en hausse de', 'en baisse de', 'hausse de', 'baisse de', 'signe d', 'a redonné', 'a permis de',
    'inédit', 'inédite', 'inédits', 'inédites',
    // Causes in the language of markets and policy.
    'a facilité', 'ont facilité', 'permettant de', "permettant d'", 'pèse sur', 'pèsent sur', 'a pesé sur', 'peser sur',
    'lié à', 'liée à', 'liés à', 'liées à', 'lié au', 'liée au', 'liés au', 'liées au', 'lié aux', 'liée aux', 'liés aux',
    'liées aux',
    // What someone found or learnt out of public view.
    'ont découvert', 'a découvert', 'ont retrouvé', 'a retrouvé', 'eu vent',
    // Proportions and votes: someone counted.
    'largement', 'majoritairement', 'en grande partie', 'pour la plupart', "à l'unanimité", 'unanimement',
    // A third party's intentions, and an investigation's progress, are not on the record.
    'attentif à', 'attentive à', 'attentifs à', 'soucieux de', 'soucieuse de', "soucieux d'", "soucieuse d'", 'déterminé à', 'déterminée à', 'déterminés à',
    'tient à', 'tiennent à', 'veille à', 'veillent à', "s'efforce de", "s'efforcent de", 'recherché par', 'recherchée par',
    'recherchés par', "fait l'objet d'une enquête", 'visé par une enquête', 'visée par une enquête',
    // Who is among the victims is a count someone made.
    'parmi les victimes', 'parmi les blessés', 'parmi les morts', 'parmi les personnes interpellées',
  ],
  // "Largement" is widely, not mostly, before what spreads in public.
  publicPhrases: "largement (?:diffusée?s?|partagée?s?|relayée?s?|commentée?s?|connue?s?|répandue?s?|médiatisée?s?)",
  plans: [
    'va', 'vont', 'sera', 'seront', 'aura', 'auront', 'ira', 'iront', 'fera', 'feront', 'devra', 'devront', 'pourra',
    'pourront', 'prévoit de', 'prévoient de', 'compte', 'entend', 'doit', 'doivent', 'souhaite', 'veut', 'veulent',
    'prochain', 'prochaine', 'prochainement', "d'ici", 'échangera', 'comportera', 'se rendra', 'rencontrera',
    'participera', 'continuera', 'devrait', 'devraient',
  ],
  unasserted: ['si', "s'il", "s'ils", 'à moins que', "à moins qu'"],
  clauseOpeners: [
    'qui', 'que', "qu'", 'dont', 'où', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'parce que', "parce qu'", 'alors que',
    "alors qu'", 'tandis que', "tandis qu'", 'bien que', "bien qu'", 'puisque', "puisqu'", 'lorsque', "lorsqu'", 'quand',
  ],
  figures: {
    numberWords: [
      'des milliers', 'des centaines', 'des dizaines', 'des millions', 'des milliards', 'une dizaine', 'une vingtaine',
      'une trentaine', 'une quarantaine', 'une cinquantaine', 'une soixantaine', 'une centaine', 'un millier', 'la moitié',
      'un tiers', 'un quart', 'la majorité des', 'quelques milliers', 'quelques centaines', 'plusieurs milliers',
      'plusieurs centaines', 'plusieurs dizaines',
      // Multiples and repeated events are counted too; days of incapacity (ITT) are a medical figure.
      'a doublé', 'ont doublé', 'a triplé', 'ont triplé', 'a quadruplé', 'fois plus', 'fois moins', 'à plusieurs reprises',
      'à maintes reprises', 'à de nombreuses reprises', "jours d'itt", "jours d'incapacité",
    ],
    cardinals: [
      'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze',
      'quinze', 'seize', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'cent', 'mille',
    ],
    approximations: [
      'environ', 'près de', 'presque', 'plus de', 'moins de', 'au moins', 'quelque', "jusqu'à", 'pas moins de',
      'quasiment', 'autour de',
    ],
    fewWords: ['quelques', 'plusieurs', 'de nombreux', 'de nombreuses', 'nombreux', 'nombreuses'],
    tolls: [
      'blessé', 'blessée', 'blessés', 'blessées', 'morts', 'mortes', 'tués', 'tuées', 'décès', 'victimes', 'interpellés',
      'interpellées', 'interpellations', 'arrestations', 'gardes à vue', 'otages', 'disparus',
    ],
    // With their auxiliary: a bare "arrêté" is as often the noun (a decree, "l'arrêté du 12 mars").
    tollVerbs: [
      'a interpellé', 'ont interpellé', 'a arrêté', 'ont arrêté', 'a appréhendé', 'ont appréhendé', 'a tué', 'ont tué',
      'a blessé', 'ont blessé', 'a placé en garde à vue', 'ont placé en garde à vue',
    ],
    timeWords: [
      'secondes', 'minutes', 'heures', 'jours', 'semaines', 'mois', 'ans', 'années', 'fois', 'janvier', 'février', 'mars',
      'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
    ],
  },
  conjectures: [
    'pourrait', 'pourraient', 'devrait', 'devraient',
    // Ce que contient un projet ou une proposition : vérifiable seulement comme proposé.
    'le projet prévoit', 'le plan prévoit', 'la proposition prévoit', 'les propositions comprennent', 'le programme prévoit',
    'parmi les mesures proposées', 'parmi les propositions',
  ],
  views: [
    'essentiel', 'essentielle', 'indispensable', 'nécessaire', 'crucial', 'cruciale', 'un problème', 'dangereux',
    'dangereuse', 'inacceptable', 'injuste', 'une erreur', 'une menace', 'absurde', 'regrettable', 'inquiétant',
    'inquiétante', 'douteux', 'douteuse', 'irresponsable', 'semble', 'semblait', 'devrait', 'devraient', 'il faut',
    'il faudrait',
  ],
  writerAsides: [
    'rappelons que', "rappelons qu'", 'rappelons-le', 'il faut rappeler', 'il convient de rappeler', 'pour rappel',
    'faut-il le rappeler',
  ],
  capitalisedNonNames: [
    'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'vous', 'je', 'ce',
    'cette', 'ces', 'mais', 'et', 'ou', 'en', 'dans', 'pour', 'par', 'si', 'quand', 'à', 'au', 'aux', 'chez', 'sur',
    'sous', 'après', 'avant', 'selon', 'depuis', 'pendant', 'lors', 'lundi', 'mardi', 'mercredi',
    'jeudi', 'vendredi', 'samedi', 'dimanche',
  ],
  capitalisationMarksNames: true,
};
