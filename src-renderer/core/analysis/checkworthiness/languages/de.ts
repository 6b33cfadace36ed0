/** German cues for check-worthiness, translated from the English ones. Apostrophes are straight. */
import type { LanguageProfile } from '../profile';

export const de: LanguageProfile = {
  code: 'de',
  numberWords: [
    'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn',
    'vierzehn', 'fünfzehn', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig',
    'neunzig', 'hundert*', 'tausend*', 'million*', 'milliarde*', 'billion*', 'dutzend*', 'hälfte',
    'doppelt', 'ein drittel', 'ein viertel', 'jeder zweite', 'jeder dritte',
  ],
  quantity: [
    '%', 'prozent', 'prozentsatz', 'dollar', 'euro', 'cent', 'tonne*', 'kilometer', 'km', 'hektar',
    'barrel', 'liter', 'punkte', 'pro kopf', 'pro jahr', 'im jahr', 'pro tag', 'am tag', 'pro monat',
    'die hälfte', 'mal mehr', 'mehrheit', 'durchschnitt*', 'quote', 'rate', 'haushalt*', 'defizit',
    'schulden', 'bip', 'zahlen', 'statistik*',
  ],
  date: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'dezember', /\bMai\b/g, 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag',
    'samstag', 'sonntag', 'gestern', 'letztes jahr', 'im letzten jahr', 'letzten monat', 'letzte woche',
    'dieses jahr', 'nächstes jahr', /(?<![\p{L}])vor\s+\S+\s+Jahren(?![\p{L}])/giu, 'jahrzehnt*', 'jahrhundert*', 'seit', 'in den letzten',
    'während', 'damals', 'amtszeit', 'legislaturperiode',
  ],
  comparison: [
    'mehr als', 'weniger als', 'so viel wie', 'so viele wie', 'im vergleich zu', 'verglichen mit',
    'gegenüber', 'höher', 'niedriger', 'größer', 'kleiner', 'besser', 'schlechter', 'mehr',
    'weniger', 'stärker', 'schwächer',
  ],
  change: [
    'gestiegen', 'stieg', 'steigt', 'anstieg', 'gesunken', 'sank', 'sinkt', 'gefallen', 'fiel', 'fällt',
    'verdoppelt', 'verdreifacht', 'gewachsen', 'wuchs', 'wachstum', 'rückgang', 'zugenommen',
    'abgenommen', 'erhöht', 'gesenkt', 'gekürzt', 'kürzung*', 'verloren', 'gewonnen', 'zuwachs',
  ],
  superlative: [
    'am meisten', 'am wenigsten', 'am höchsten', 'am niedrigsten', 'zum ersten mal', 'erstmals', 'je',
    'jemals', 'in der geschichte', 'rekord*', 'historisch*', 'beispiellos', 'nummer eins', 'einzige*',
    /(?<![\p{L}])[\p{Ll}]{3,}(?:ste|sten|ster|stes)(?![\p{L}])/gu,
  ],
  reportingVerb: [
    'sagte', 'sagt', 'gesagt', 'erklärte', 'erklärt', 'laut', 'zufolge', 'nach angaben', 'kündigte',
    'angekündigt', 'behauptete', 'behauptet', 'betonte', 'teilte mit', 'bestätigte', 'bestätigt',
    'dementierte', 'schätzt', 'schätzte', 'räumte ein', 'schrieb', 'zeigt', 'studie', 'studien',
    'umfrage', 'bericht',
  ],
  causal: [
    'weil', 'wegen', 'aufgrund', 'auf grund', 'verursacht', 'führte zu', 'führt zu', 'geführt',
    'infolge', 'deshalb', 'daher', 'deswegen', 'dank', 'verantwortlich für', 'folge', 'folgen', 'denn',
  ],
  predictive: [
    'wird', 'werden', 'wirst', 'werde', 'soll', 'sollen', 'erwartet', 'prognose*', 'voraussichtlich',
    'geplant', 'bis ende', 'nächstes jahr', 'in zukunft', 'künftig', 'bald',
  ],
  entityCue: [
    'herr', 'frau', 'dr', 'präsident*', 'kanzler*', 'bundeskanzler*', 'senator*', 'abgeordnete*',
    'minister*', 'ministerium', 'sekretär*', 'general', 'direktor*', 'chef*', 'bürgermeister*',
    'botschafter*', 'behörde', 'agentur', 'kommission', 'ausschuss', 'universität', 'unternehmen',
    'konzern', 'bank', 'gericht', 'bundestag', 'bundesrat', 'parlament', 'regierung', 'bundesregierung',
  ],
  action: [
    'stimmte', 'gestimmt', 'abgestimmt', 'unterzeichnete', 'unterzeichnet', 'beschlossen', 'verabschiedet',
    'vorgeschlagen', 'geschaffen', 'ausgegeben', 'abgeschafft', 'investiert', 'finanziert', 'genehmigt',
    'abgelehnt', 'unterstützt', 'gebaut', 'geschlossen', 'eingestellt', 'entlassen', 'getötet',
    'gestorben', 'tote', 'gewonnen', 'bezahlt', 'kostet', 'kosten', 'gekostet',
  ],
  topic: [
    'steuer*', 'arbeitsplätze', 'arbeitslos*', 'beschäftig*', 'wirtschaft*', 'inflation', 'lohn', 'löhne',
    'gehalt*', 'einkommen*', 'armut', 'arme', 'gesundheit*', 'krankenhaus*', 'krankenversicherung',
    'versicherung*', 'rente*', 'pension*', 'kriminalität', 'verbrechen', 'mord*', 'polizei', 'gefängnis*',
    'waffen', 'einwander*', 'migration', 'grenze*', 'militär*', 'armee', 'bundeswehr', 'soldaten', 'krieg',
    'atom*', 'rakete*', 'energie', 'öl', 'gas', 'klima*', 'emission*', 'schule*', 'bildung', 'student*',
    'hochschule*', 'lehrer*', 'handel', 'export*', 'import*', 'gesetz*', 'programm*', 'staat*', 'geld',
    'arbeitnehmer*', 'unternehmen', 'industrie*', 'landwirt*', 'bevölkerung', 'todesfälle', 'bürger',
    'familien', 'kinder', 'frauen', 'land', 'länder', 'nation*', 'zinsen', 'drogen', 'abtreibung',
    'terror*', 'ausgaben', 'finanzierung', 'sicherheit', 'china', 'russland', 'irak', 'iran', 'ukraine',
  ],
  past: [
    'war', 'waren', 'hatte', 'hatten', 'ist gewesen', 'wurde', 'wurden', 'hat', 'haben', 'habe',
    /(?<![\p{L}])ge[\p{Ll}]{3,}(?:t|en)(?![\p{L}])/gu,
  ],
  firstPersonSingular: ['ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner'],
  firstPersonPlural: ['wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer'],
  secondPerson: ['du', 'dich', 'dir', 'dein', 'deine', 'ihr', 'euch', 'euer', /\bSie\b(?!\s+(?:ist|war|hat|wird|sind|haben|waren|wurde))/g],
  hedge: [
    'ich glaube', 'ich denke', 'ich meine', 'ich hoffe', 'ich vermute', 'vielleicht', 'wahrscheinlich',
    'vermutlich', 'möglicherweise', 'könnte', 'könnten', 'scheint', 'ich weiß nicht', 'irgendwie',
    'sozusagen', 'wissen sie',
  ],
  opinion: [
    'großartig', 'wunderbar', 'schrecklich', 'furchtbar', 'gut', 'gute', 'schlecht*', 'falsch', 'richtig',
    'wichtig*', 'stolz', 'liebe', 'hasse', 'fair', 'unfair', 'lächerlich', 'katastrophe', 'schön*',
    'schande', 'traurig', 'glücklich', 'ehrlich', 'stark', 'schwach', 'einverstanden', 'respekt*',
    'hoffnung', 'wollen', 'will', 'werte', 'traum',
  ],
  prescriptive: [
    'sollte', 'sollten', 'muss', 'müssen', 'müssten', 'brauchen', 'lasst uns', 'lassen sie uns',
    'wir können', 'können', 'darf', 'dürfen',
  ],
  phatic: [
    'danke', 'vielen dank', 'herzlichen glückwunsch', 'hallo', 'guten abend', 'guten tag', 'bitte',
    'meine damen und herren', 'willkommen', 'okay', 'also', 'ja', 'nein', 'entschuldigung', 'frage',
    'antwort', 'publikum',
  ],
  capitalisationMarksNames: false,
  capitalisedNonNames: [],
};
