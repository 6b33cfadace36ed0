/**
 * German sourcing patterns.
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
 *   "dem Bericht zufolge", "laut Ministerium", ", so die Polizei") is
 *   attributed, not unconfirmed (`reportingFrame`, anywhere in the sentence,
 *   because German often attributes after the quotation: "Man habe alles
 *   versucht, sagte Scholz").
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

export const de: SourcingLanguage = {
  code: 'de',
  vagueAttributions: [
    { id: 'wie-es-heisst', source: 'wie es (?:heißt|hieß|heisst|hiess|verlautet|verlautete)' },
    { id: 'es-heisst', source: 'es (?:heißt|hieß|heisst|hiess)|(?:heißt|hieß|heisst|hiess) es' },
    {
      id: 'berichten-zufolge',
      source: '(?:(?:unbestätigten|übereinstimmenden|ersten|mehreren|verschiedenen|jüngsten|neuen) )?(?:medien|presse|zeitungs)?berichten zufolge',
    },
    {
      id: 'laut-berichten',
      source:
        'laut (?:(?:unbestätigten|übereinstimmenden|ersten|mehreren|verschiedenen|jüngsten|neuen) )?(?:(?:medien|presse|zeitungs)?berichten|medien|insidern|beobachtern|experten|kritikern|gerüchten)',
    },
    {
      id: 'aus-kreisen',
      source:
        '(?:aus|in) (?:(?:gut|gewöhnlich|bestens) )?(?:(?:informierten|unterrichteten|diplomatischen|politischen|eingeweihten|regierungsnahen|parteinahen) )?(?:regierungs|sicherheits|ermittler|ermittlungs|partei|koalitions|diplomaten|geheimdienst|militär|verhandlungs|fraktions|ministeriums|branchen|insider|polizei|justiz|wirtschafts|finanz|bank|industrie|unternehmens|verbands|nato|eu)?kreisen',
    },
    { id: 'quellen-zufolge', source: '(?:insidern|quellen|informationen|gerüchten|beobachtern|experten|kritikern|schätzungen|angaben aus [\\p{L}]*kreisen) zufolge' },
    {
      id: 'experten-warnen',
      source:
        '(?:(?:einige|viele|manche|mehrere) )?(?:experten|kritiker|beobachter|analysten|fachleute|insider|skeptiker) (?:warnen|sagen|meinen|befürchten|bemängeln|kritisieren|glauben|erwarten|monieren|fürchten|gehen davon aus|warnten|sagten|meinten|kritisierten)',
    },
    { id: 'man-sagt', source: 'man (?:sagt|hört|munkelt|spricht davon)|(?:es )?wird (?:gemunkelt|spekuliert|gerüchtet)' },
    { id: 'es-wird-berichtet', source: 'es wird (?:berichtet|vermutet|behauptet)|wie verlautete|verlautete aus' },
    { id: 'nach-unbestaetigten', source: 'nach unbestätigten (?:informationen|angaben|berichten)' },
    { id: 'geruechteweise', source: 'gerüchteweise' },
  ],
  hedges: [
    { id: 'angeblich', source: 'angeblich' },
    { id: 'vermeintlich', source: 'vermeintlich' },
    // "Er soll das Geld genommen haben": sollen + perfect infinitive is hearsay.
    // "soll gebaut werden" (a plan) is not, hence haben/sein only.
    { id: 'soll-haben', source: 'soll(?:en)? (?:[\\p{L}\\p{N}]+ ){0,6}?[\\p{L}]+(?:t|en) (?:haben|sein)' },
  ],
  reportedMoods: [
    { id: 'konjunktiv-i', source: '(?<!(?:es|gott|auch) )sei(?:en)?(?! (?:denn|es|dank)(?![\\p{L}\\p{M}\\p{N}]))', notAfter: '^' },
    { id: 'konjunktiv-i', source: '(?:könne|müsse|solle|wolle|dürfe|möge|wisse)' },
    { id: 'konjunktiv-i', source: `(?:${AMBIGUOUS_KONJUNKTIV})${NOT_FIRST_PERSON_AFTER}`, notAfter: FIRST_PERSON_BEFORE },
  ],
  reportingFrame:
    '(?:sagte|sagten|sagt|sagen|erklärte|erklärten|erklärt|betonte|betonten|betont|teilte mit|teilten mit|teilt mit|berichtete|berichteten|meinte|meinten|meint|versicherte|versicherten|versichert|warnte|warnten|warnt|behauptete|behaupteten|behauptet|schrieb|schrieben|schreibt|erläuterte|erläuterten|ergänzte|ergänzten|fügte hinzu|räumte ein|bestätigte|bestätigten|argumentierte|kritisierte|forderte|unterstrich|kündigte an|zitierte|laut|zufolge|nach angaben|so (?:der|die|das|ein|eine|dessen|deren))',
  attributionCues: [
    'laut', 'zufolge', 'sagte', 'sagten', 'sagt', 'erklärte', 'erklärt', 'teilte mit', 'teilt mit', 'berichtete',
    'berichtet', 'betonte', 'bestätigte', 'nach angaben', 'angaben', 'mitteilung', 'bericht', 'studie', 'umfrage',
    'statistik', 'daten', 'zahlen', 'sprecher', 'sprecherin', 'so der', 'so die', 'heißt es', 'zitiert', 'schrieb',
    'veröffentlicht*', 'quelle', 'quellen', 'meldete', 'meldet',
  ],
  speechVerbs: [
    'sagte', 'sagten', 'sagt', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'meinte', 'fügte hinzu', 'ergänzte',
    'warnte', 'versicherte', 'schrieb', 'antwortete', 'fragte', 'kritisierte', 'forderte', 'räumte ein',
    'bestätigte', 'unterstrich', 'so der', 'so die', 'laut', 'zufolge', 'teilte mit', 'zitiert', 'sprach von',
  ],
  capitalisedNonNames: ['ich', 'er', 'sie', 'es', 'wir', 'ihr', 'der', 'die', 'das', 'ein', 'eine', 'und', 'aber'],
  capitalisationMarksNames: false,
};
