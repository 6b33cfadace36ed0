/**
 * German attribution patterns.
 *
 * Vague or anonymous sources: "aus Regierungskreisen", "Medienberichten
 * zufolge", "laut US-Medien", "unter Berufung auf Geheimdienstquellen", "ein
 * Vertreter …, der anonym bleiben wollte", a bare "hieß es" with no
 * statement named, and sources after their verb ("…, sagte ein Insider",
 * "…, wie mehrere Medien berichten", "berichteten Beobachter"). A
 * spokesperson or an official placed in a named body ("sagte ein Sprecher
 * des Innenministeriums") is named.
 *
 * Verbs of proposing, suggesting and urging ("schlug vor", "regte an",
 * "empfahl", "verlangte") report what the subject wants, as "forderte"
 * does: the Konjunktiv after them ("…, die Regierung solle mehr
 * investieren") is that subject's proposal, not hearsay.
 *
 * Speech verbs include questions and admissions ("fragte", "wollte …
 * wissen", "räumte … ein", "gab … zu"): a quotation before them has its
 * speaker.
 *
 * Hearsay: "soll … haben", "sollen … worden sein", "offenbar",
 * "mutmaßlich", "angeblich". The adverbs ("hat offenbar", "wurde
 * angeblich", "ist mutmaßlich") are flagged even beside a named source:
 * they say, in the writer's voice, that the information is not confirmed,
 * whoever gave it. The attributive adjectives ("der mutmaßliche Täter",
 * "die angeblichen Zahlungen") are the named speaker's own terms and yield
 * to a named source in the sentence, as English "alleged" does.
 *
 * German marks reported speech with the Konjunktiv I ("er sei", "sie habe",
 * "die Regierung solle"). Choices that keep false positives out:
 * - "sei", "seien" and the modal forms (könne, müsse, solle, wolle, dürfe,
 *   möge, wisse) are unambiguous; idioms ("es sei denn", "sei es",
 *   "Gott sei Dank") and a sentence-initial imperative ("Sei still!") are
 *   excluded;
 * - "habe", "werde", "gebe"... are also the first person of the indicative
 *   ("ich habe"): they fire only when no "ich" is their subject, before them
 *   in the clause or right after them ("habe ich");
 * - indirect speech after a named report ("sagte der Minister, er sei",
 *   "dem Bericht zufolge", "laut Ministerium", ", so die Polizei", "teilte
 *   die IAEA mit") is attributed, not unconfirmed — anywhere in the sentence,
 *   because German often attributes after the quotation ("Man habe alles
 *   versucht, sagte Scholz"), and on through the indirect speech that follows
 *   (see the engine).
 * Konjunktiv II ("hätte", "wäre") is left alone: it is mostly hypothetical.
 * Indicative ("er ist", "sie hat") never fires.
 */
import type { SourcingLanguage } from './types';

// After these words the form is first person indicative, not reported speech.
const FIRST_PERSON_BEFORE = 'ich(?: [\\p{L}\\p{N}-]+){0,6}';
const NOT_FIRST_PERSON_AFTER = '(?! (?:ich|du)(?![\\p{L}\\p{M}\\p{N}]))';

const AMBIGUOUS_KONJUNKTIV = [
  'habe', 'werde', 'gebe', 'komme', 'gehe', 'liege', 'stehe', 'bleibe', 'lasse', 'sehe', 'nehme', 'plane',
  'brauche', 'gelte', 'fehle', 'kenne', 'arbeite', 'verfüge', 'erwarte', 'befinde', 'halte', 'trage', 'zahle',
  'führe', 'lebe', 'stimme', 'handle', 'drohe', 'prüfe', 'unterstütze', 'lehne', 'bereite', 'strebe', 'setze',
].join('|');

/** A vague plural source in the dative before "zufolge", or after "laut" / "nach". */
const VAGUE_HEAD =
  '(?:(?:unbestätigten|übereinstimmenden|ersten|mehreren|verschiedenen|jüngsten|neuen|anderen|eigenen|[\\p{L}]+-)?(?:medien|presse|zeitungs|augenzeugen|geheimdienst)?(?:berichten|bericht|berichts|meldungen|recherchen|informationen|insidern|quellen|kreisen|beobachtern|experten|kritikern|gerüchten|schätzungen|medien|angaben aus [\\p{L}-]*kreisen))';

const SAID =
  '(?:sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|betonte|betonten|betont|berichtete|berichteten|berichtet|meinte|meinten|meint|versicherte|versicherten|warnte|warnten|warnt|behauptete|behaupteten|behauptet|schrieb|schrieben|schreibt|erläuterte|erläuterten|ergänzte|ergänzten|bestätigte|bestätigten|bestätigt|argumentierte|kritisierte|kritisierten|kritisiert|forderte|forderten|fordert|unterstrich|zitierte|zitiert|meldete|meldeten|meldet|nannte|nannten|räumte|räumten|wies|verwies|betonten|hob|hoben|führte|führten|dementierte|dementiert|bekräftigte|beklagte|beklagt|mahnte|lobte|verkündete|verkündet|kündigte|kündigten|begründete|begründet|äußerte|äußerten|bezeichnete|bezeichnet|vermutete|vermutet|sprach|sprachen|zeigte sich|gab an|gaben an|gab zu|gaben zu|gibt zu|versprach|drohte|glaubt|rechnet|fragte|fragten|fragt|erkundigte sich|erkundigten sich|wollte wissen|wollten wissen|gestand|gestanden|gesteht|räumt|entgegnete|entgegneten|antwortete|antworteten|widersprach|klagte|seufzte|rief|jubelte)';

/**
 * Who stays anonymous whatever follows: an insider, a confidant, an
 * informant ("ein Vertrauter des Ministers" names whom he is close to, not
 * who he is).
 */
const ANONYMOUS_PERSON = '(?:insider|insiderin|vertrauter|vertraute|informant|informantin|eingeweihter|eingeweihte|gewährsmann|gewährsfrau|quelle)';
/**
 * Someone unnamed of an unnamed body: anonymous unless the body follows
 * ("ein Diplomat" is vague, "ein Diplomat der Botschaft" is placed). A
 * spokesperson ("ein Sprecher") is not here: a spokesperson speaks on the
 * record for a body the article names.
 */
const UNPLACED_PERSON = '(?:diplomat|diplomatin|beamter|beamtin|regierungsbeamter|mitarbeiter|mitarbeiterin|vertreter|vertreterin|offizieller|funktionär|funktionärin)';
/** Groups no one could look up ("Beobachter", "mehrere Medien", "Kreise"). */
const ANONYMOUS_GROUP = '(?:(?:[\\p{L}]+-)?medien|beobachter|experten|kritiker|analysten|insider|kreise|quellen|diplomaten|fachleute|vertraute|eingeweihte)';
/**
 * A quantity or an adjective before an anonymous source ("mehrere",
 * "westliche"). Not an article or a possessive ("die Experten" refers back),
 * nor "staatliche" / "offizielle": state media speak for their state.
 */
const SOURCE_DETERMINER = `(?:(?:mehrere|einige|manche|viele|verschiedene|zwei|drei|andere|übereinstimmend) )?(?:(?!(?:der|die|das|den|dem|des|diese|dieser|diesen|seine|seinen|ihre|ihren|unsere|unseren|staatliche|staatlichen|offizielle|offiziellen)\\s)[\\p{L}]+(?:e|en|er) )?`;
/**
 * Verbs that only report, placed before their source in a German main clause
 * ("sagte ein Insider", "berichteten mehrere Medien", ", so ein Diplomat").
 * Not "warnte", "kritisierte", "nannte": after them a group is as often the
 * object ("kritisierte Experten").
 */
const SAID_BEFORE_SOURCE =
  '(?:sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|berichtete|berichteten|berichtet|berichten|meldete|meldeten|meldet|melden|schrieb|schrieben|schreibt|schreiben|meinte|meinten|meint|betonte|betonten|bestätigte|bestätigten|hieß es|(?<=,\\s{1,3})so)';

export const de: SourcingLanguage = {
  code: 'de',
  vagueSources: [
    { id: 'wie-es-heisst', source: 'wie es (?:heißt|hieß|heisst|hiess|verlautet|verlautete)', unlessNext: '\\s+(?:in|aus|von|bei|laut)\\s' },
    { id: 'es-heisst', source: 'es (?:heißt|hieß|heisst|hiess)|(?:heißt|hieß|heisst|hiess) es', unlessNext: '\\s+(?:(?:dazu\\s+|demnach\\s+|weiter\\s+|zudem\\s+|auch\\s+)*(?:in|im|aus|vom|von|bei|laut|seitens)\\s|(?:demnach|weiter)\\b)' },
    // "Medienberichten zufolge", "einem Medienbericht zufolge", "Recherchen zufolge" — but "den Berichten zufolge" refers back to a named report.
    { id: 'berichten-zufolge', source: `(?:(?:einem|einer|mehreren|übereinstimmenden|unbestätigten) )?${VAGUE_HEAD} zufolge`, unlessPrevious: '(?:\\b(?:den|dem|der|diesen|diesem|deren|dessen|seinen|ihren|seinem|ihrem)\\s+)$' },
    {
      id: 'laut-berichten',
      source: `(?:laut|nach|gemäß) (?:einem |mehreren |übereinstimmenden |unbestätigten )?(?:${VAGUE_HEAD}|[\\p{L}]+-medien|[\\p{L}]+-kreisen|ngos|augenzeugenberichten|augenzeugen)(?: und (?:${VAGUE_HEAD}|[\\p{L}]+-medien))?`,
      unlessNext: '\\s+(?:des|der|von|vom)\\s',
    },
    {
      id: 'aus-kreisen',
      source:
        '(?:aus|in|nach angaben aus) (?:(?:gut|gewöhnlich|bestens) )?(?:(?:informierten|unterrichteten|diplomatischen|politischen|eingeweihten|regierungsnahen|parteinahen) )?(?:[\\p{L}]+-)?(?:regierungs|sicherheits|ermittler|ermittlungs|partei|koalitions|diplomaten|geheimdienst|militär|verhandlungs|fraktions|ministeriums|branchen|insider|polizei|justiz|wirtschafts|finanz|bank|industrie|unternehmens|verbands|nato|eu|us)?kreisen',
    },
    { id: 'unter-berufung-auf', source: `unter berufung (?:auf|aus) (?:(?:einen|eine|mehrere|zwei|drei|nicht namentlich genannte|anonyme|ungenannte|informierte|eingeweihte|mit dem vorgang vertraute) )*(?:[\\p{L}]*quellen|[\\p{L}]*quelle|insider|[\\p{L}]*kreise|personen|mitarbeiter|beamte|diplomaten|informationen|berichte)` },
    { id: 'quellen-zufolge', source: '(?:insidern|quellen|informationen|gerüchten|beobachtern|experten|kritikern|schätzungen) zufolge' },
    { id: 'mit-dem-vorgang-vertraute', source: '(?:zwei|drei|mehrere|einige|eine|einer|ein) (?:mit (?:dem|der|den) [\\p{L}]+ vertraute[nr]? (?:personen|person|insider|quellen|mitarbeiter)|[\\p{L}]+ (?:personen|person) (?:aus|im) (?:dem )?umfeld)' },
    { id: 'anonym', source: '(?:der|die) (?:anonym bleiben wollte|nicht namentlich genannt werden wollte|ungenannt bleiben wollte)|(?:ein|eine) (?:ehemaliger?|hochrangiger?|anonymer?|ungenannter?|namentlich nicht genannter?|früherer?) (?:vertreter|vertreterin|mitarbeiter|mitarbeiterin|beamter|beamtin|diplomat|diplomatin|insider|offizieller|sprecher)' },
    {
      id: 'experten-warnen',
      source:
        '(?:(?:einige|viele|manche|mehrere) )?(?:experten|kritiker|beobachter|analysten|fachleute|insider|skeptiker) (?:warnen|sagen|meinen|befürchten|bemängeln|kritisieren|glauben|erwarten|monieren|fürchten|gehen davon aus|warnten|sagten|meinten|kritisierten)',
    },
    // After the verb: "…, sagte ein Insider", "berichteten mehrere Medien", "…, so ein Diplomat"; "sagte ein Sprecher des Ministeriums" is named.
    { id: 'sagte-ein-insider', source: `${SAID_BEFORE_SOURCE} (?:ein|eine|einer) (?:[\\p{L}]+(?:e|en|er|es) )?${ANONYMOUS_PERSON}` },
    { id: 'sagte-ein-diplomat', source: `${SAID_BEFORE_SOURCE} (?:ein|eine|einer) (?:[\\p{L}]+(?:e|en|er|es) )?${UNPLACED_PERSON}`, unlessNext: '\\s*(?:,\\s*)?(?:des|der|von|vom|aus|im|in|bei|beim)\\s' },
    { id: 'sagten-beobachter', source: `${SAID_BEFORE_SOURCE} ${SOURCE_DETERMINER}${ANONYMOUS_GROUP}`, unlessNext: '\\s+(?:des|der|von|vom)\\s' },
    // In a clause with "wie": "…, wie mehrere Medien berichten", "wie manche meinen".
    { id: 'wie-medien-berichten', source: `wie ${SOURCE_DETERMINER}(?:${ANONYMOUS_GROUP}|manche|viele|einige|andere) (?:berichten|berichteten|melden|meldeten|schreiben|schrieben|sagen|sagten|meinen|meinten|glauben|vermuten|befürchten|behaupten|spekulieren)` },
    // Before the verb, "manche sagen" as "some say".
    { id: 'manche-sagen', source: '(?:manche|viele|einige|andere) (?:sagen|meinen|behaupten|glauben|vermuten|spekulieren)', unlessNext: '\\s+(?:ich|wir)\\b' },
    { id: 'es-gab-berichte', source: '(?:es gab|es gibt|es gebe|es habe|gab es|gibt es) (?:(?:auch|bereits|zuletzt|immer wieder|wiederholt|schon) )*(?:berichte|meldungen|gerüchte|hinweise)' },
    { id: 'man-sagt', source: 'man (?:sagt|hört|munkelt|spricht davon)|(?:es )?wird (?:gemunkelt|spekuliert|gerüchtet)' },
    { id: 'es-wird-berichtet', source: 'es wird (?:berichtet|vermutet|behauptet)|wie verlautete|verlautete aus' },
    { id: 'nach-unbestaetigten', source: 'nach unbestätigten (?:informationen|angaben|berichten)' },
    { id: 'geruechteweise', source: 'gerüchteweise' },
    // "demnach" (according to that) takes the kind of the source just named.
    { id: 'demnach', source: 'demnach|den angaben zufolge|den berichten zufolge|dem bericht zufolge', anaphor: true, silent: true },
  ],
  namedSources: [
    { id: 'laut', source: 'laut|zufolge|nach angaben|gemäß|so (?:der|die|das|ein|eine|dessen|deren)|unter berufung auf' },
    { id: 'teilte-mit', source: '(?:teilte|teilten|teilt|gab|gaben|gibt) (?:[\\p{L}\\p{N}().-]+ ){0,8}?(?:mit|bekannt)(?=[\\s,.;:!?]|$)' },
    { id: 'verb', source: `${SAID}` },
    // Proposing, suggesting, urging: what follows in Konjunktiv is the proposal of the subject, as after "forderte"
    // ("Die Ministerin schlug vor, die Regierung solle mehr investieren"; "regte an, … möge").
    { id: 'schlug-vor', source: '(?:schlug|schlugen|schlägt|regte|regten|regt) (?:[\\p{L}\\p{N}().-]+ ){0,8}?(?:vor|an)(?=\\s*(?:[,.;:!?]|$))' },
    { id: 'schlug-vor', source: '(?:vorgeschlagen|angeregt|empfahl|empfahlen|empfiehlt|empfohlen|verlangte|verlangten|verlangt|plädierte|plädierten|plädiert|appellierte|appellierten|drängte|drängten|bat|baten)' },
    // Separable speech verbs with the subject inside: "gab die Ministerin zu", "wollte die Abgeordnete wissen", "fügte er hinzu".
    {
      id: 'gab-zu',
      source: '(?:(?:gab|gaben|gibt) (?:[\\p{L}\\p{N}().-]+ ){0,6}?zu|(?:wollte|wollten|will) (?:[\\p{L}\\p{N}().-]+ ){0,6}?wissen|(?:fügte|fügten|fügt) (?:[\\p{L}\\p{N}().-]+ ){0,6}?hinzu|(?:räumte|räumten|räumt|gestand|gestanden) (?:[\\p{L}\\p{N}().-]+ ){0,6}?ein)(?=\\s*(?:[,.;:!?]|$))',
    },
    // ", so Habeck": the speaker after "so", as German attributes a paraphrase.
    { id: 'so-name', source: ', so [\\p{L}-]+' },
    { id: 'heisst-es-in', source: '(?:heißt|hieß) es (?:(?:dazu|demnach|weiter|zudem|auch) )*(?:in|im|aus|vom|von|bei|laut|seitens)|(?:heißt|hieß) es (?:demnach|weiter)' },
    { id: 'nach-einem-bericht', source: '(?:nach|laut|gemäß) (?:einem|dem|einer|der) (?:bericht|beitrag|artikel|interview|recherche|studie|umfrage|analyse|mitteilung|erklärung) (?:der|des|von|vom|im|in der|in dem)' },
    { id: 'angaben-nach', source: '(?:den|dessen|deren|seinen|ihren|eigenen) angaben (?:nach|zufolge)|nach eigenen angaben' },
    { id: 'vorwuerfe', source: '(?:erhebt|erhob|erheben|erhoben|macht|machte|machen|machten) (?:[\\p{L}-]+ ){0,8}?(?:vorwürfe|anschuldigungen)|(?:wirft|warf|werfen|warfen) (?:[\\p{L}\\p{N}-]+ ){0,8}?vor(?=[\\s,.;:!?]|$)' },
    // A share price at an exchange is a public record, and the sentence says where to read it.
    { id: 'boerse', source: 'an der (?:[\\p{L}-]+ ){0,2}börse' },
    { id: 'mitteilung', source: '(?:in|laut) (?:einer|einem|der|dem|seiner|ihrer) (?:mitteilung|erklärung|stellungnahme|pressemitteilung|bericht|studie|umfrage|analyse|schreiben|brief|interview)' },
  ],
  hedges: [
    { id: 'angeblich', source: 'angeblich' },
    { id: 'angeblich', source: 'angeblich(?:e|en|er|es|em)|vermeintlich(?:e|en|er|es|em)?', yieldsToNamed: true },
    { id: 'offenbar', source: 'offenbar|anscheinend' },
    { id: 'mutmasslich', source: 'mutmaßlich' },
    { id: 'mutmasslich', source: 'mutmaßlich(?:e|en|er|es|em)', yieldsToNamed: true },
    // "Er soll das Geld genommen haben", "sollen … worden sein": sollen + perfect infinitive is hearsay.
    // "soll gebaut werden" (a plan) is not, hence haben/sein only.
    { id: 'soll-haben', source: 'soll(?:en|te|ten)? (?:[\\p{L}\\p{N}-]+ ){0,14}?(?:[\\p{L}]+(?:t|en) (?:haben|sein|worden sein)|sein)(?=[\\s,.;:!?]|$)', yieldsToNamed: true, notAfter: '(?:bis|ab) (?:zum jahr )?\\p{N}{4}' },
  ],
  reportedMoods: [
    { id: 'konjunktiv-i', source: '(?<!(?:es|gott|auch) )sei(?:en)?(?! (?:denn|es|dank)(?![\\p{L}\\p{M}\\p{N}]))', notAfter: '^' },
    { id: 'konjunktiv-i', source: '(?:könne|müsse|solle|wolle|dürfe|möge|wisse)' },
    { id: 'konjunktiv-i', source: `(?:${AMBIGUOUS_KONJUNKTIV})${NOT_FIRST_PERSON_AFTER}`, notAfter: FIRST_PERSON_BEFORE },
  ],
  notHearsay: '(?:wenn|falls|sofern) |es sei denn|sei es',
  needsSource: [
    // What someone fears, hopes, knows or tries in private is not on the record.
    'befürchtet', 'fürchtet', 'hofft', 'hoffte', 'wusste', 'wussten', 'versuchte', 'versuchten', 'heimlich', 'insgeheim',
    'weil', 'aufgrund', 'infolge', 'führte zu', 'führt zu', 'führten zu', 'verursacht', 'dank', 'der größte',
    'die größte', 'das größte', 'am meisten', 'höchste', 'höchsten', 'niedrigste', 'niedrigsten', 'rekord', 'erstmals',
    'zum ersten mal', 'mehr als', 'weniger als', 'im vergleich zu', 'gegenüber dem vorjahr', 'grund für', 'hintergrund',
    'beispiellos', 'beispiellose', 'beispiellosen', 'belastet', 'belasteten', 'lastet auf',
    // What investigators found out of public view.
    'entdeckten', 'stießen auf',
    // Proportions and votes: someone counted.
    'weitgehend', 'größtenteils', 'überwiegend', 'mehrheitlich', 'einstimmig',
    // A third party's intentions and deliberations, and an investigation's progress, are not on the record.
    'erwägt', 'erwägen', 'bemüht sich', 'bemühen sich', 'entschlossen', 'von der polizei gesucht', 'polizeilich gesucht',
    // Who is among the victims is a count someone made.
    'unter den opfern', 'unter den toten', 'unter den verletzten', 'unter den betroffenen',
  ],
  plans: ['wird', 'werden', 'will', 'wollen', 'soll', 'sollen', 'sollte', 'sollten', 'plant', 'planen', 'bis 2030', 'bis 2045', 'künftig', 'kommende', 'kommenden', 'nächste', 'nächsten', 'geplant'],
  // German sets every subordinate clause off with commas; these open one after a dash or bracket too.
  unasserted: ['ob', 'falls', 'wenn', 'sofern'],
  clauseOpeners: ['weil', 'da', 'während', 'obwohl', 'wobei', 'nachdem', 'bevor', 'wodurch', 'womit', 'welche', 'welcher', 'welches', 'dass', 'wenn'],
  // "werden" + a past participle at the end of its clause is a passive ("werden … festgehalten"), not the future.
  passive: '(?:wird|werden) (?:[\\p{L}\\p{N}-]+ ){0,10}?(?:[\\p{L}]*ge[\\p{L}]+(?:t|en)|[\\p{L}]+iert)(?=\\s*(?:[,.;:!?]|$))',
  figures: {
    numberWords: [
      'tausende', 'hunderte', 'dutzende', 'millionen', 'milliarden', 'die hälfte', 'ein drittel', 'ein viertel', 'die mehrheit',
      // Multiples and repeated events are counted too.
      'verdoppelt', 'verdreifacht', 'vervierfacht', 'halbiert', 'doppelt so', 'mehrfach', 'mehrmals',
    ],
    cardinals: [
      'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig',
      'vierzig', 'fünfzig', 'hundert', 'tausend', 'ein dutzend',
    ],
    approximations: ['rund', 'etwa', 'fast', 'mehr als', 'weniger als', 'knapp', 'über', 'mindestens', 'bis zu', 'circa', 'ca.', 'nicht weniger als', 'gut'],
    fewWords: ['mehrere', 'einige', 'zahlreiche', 'viele', 'etliche'],
    tolls: [
      'verletzte', 'verletzten', 'verletzt', 'tote', 'toten', 'todesopfer', 'opfer', 'festnahmen', 'festgenommen',
      'verhaftet', 'verhaftungen', 'geiseln', 'vermisste',
    ],
    tollVerbs: [
      'nahm … fest', 'nahmen … fest', 'nimmt … fest', 'verhaftete', 'verhafteten', 'tötete', 'töteten', 'verletzte',
      'verletzten',
    ],
    timeWords: [
      'sekunden', 'minuten', 'stunden', 'tage', 'tagen', 'wochen', 'monate', 'monaten', 'jahre', 'jahren', 'mal', 'uhr',
      'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
      'dezember',
    ],
  },
  conjectures: [
    'würde', 'würden', 'könnte', 'könnten', 'dürfte', 'dürften',
    // Was ein Plan oder Vorschlag enthält: nur als vorgeschlagen prüfbar.
    'der plan sieht vor', 'die pläne sehen vor', 'der vorschlag sieht vor', 'der entwurf sieht vor', 'zu den plänen gehören',
    'zu den vorschlägen gehören',
  ],
  views: [
    'unerlässlich', 'notwendig', 'entscheidend', 'ein Problem', 'gefährlich', 'inakzeptabel', 'unfair', 'ungerecht',
    'ein Fehler', 'eine Bedrohung', 'absurd', 'bedauerlich', 'besorgniserregend', 'zweifelhaft', 'fragwürdig',
    'unverantwortlich', 'scheint', 'schien', 'sollte', 'sollten', 'müsse', 'müssten',
  ],
  writerAsides: ['zur erinnerung', 'es sei daran erinnert', 'man erinnere sich'],
  capitalisedNonNames: [
    'ich', 'er', 'sie', 'es', 'wir', 'ihr', 'der', 'die', 'das', 'ein', 'eine', 'und', 'aber', 'in', 'im', 'am', 'an', 'auf',
    'aus', 'bei', 'nach', 'laut', 'vor', 'mit', 'von', 'vom', 'zum', 'zur', 'auch', 'doch', 'dabei', 'dazu', 'damit',
    'dem', 'den', 'des', 'einem', 'einen', 'einer', 'eines', 'beim', 'ins', 'für', 'über', 'unter', 'durch',
  ],
  capitalisationMarksNames: false,
};
