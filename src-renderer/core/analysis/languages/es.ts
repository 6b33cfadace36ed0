/**
 * Spanish attribution patterns.
 *
 * Vague or anonymous sources: "según fuentes judiciales", "según los primeros
 * indicios", "…, informaron varios medios", "fuentes del equipo de X aseguran", "los medios galos aseguran", "reportaron fuentes",
 * "se ha sabido", "trascendió". "Según" with a name or an institution ("según
 * el Gobierno", "según la policía") is a named source.
 *
 * The "condicional de rumor" ("habría comenzado", "estaría dispuesto") marks
 * information the newspaper has not confirmed. As in French, other uses of
 * the conditional must not fire:
 * - modal verbs (podría, debería, querría) express possibility or obligation;
 * - hypothetical sentences ("si tuviera", "si hay discrepancias", "en caso
 *   de que") put the consequence in the conditional, and proposals and plans
 *   their content (`notHearsay`), which may go on in the next sentence ("El
 *   alcalde propone que … . Eso costaría 2 millones.": `proposals`);
 * - after a reporting verb ("dijo que vendría", "anunció que la lista se
 *   llamaría") the conditional is the future in the past of a named report,
 *   and after "según el ministerio" the report is attributed (a named source
 *   in the sentence or just before it: see the engine);
 * - "yo habría" is the writer's own hypothesis (first and third person share
 *   the form -ría).
 * Many nouns end in -ería ("galería", "batería", "cervecería"), so the
 * regular -er conditional is matched only after the stems of common -er
 * verbs; -aría and -iría are verbs except for a few nouns excluded by name.
 */
import type { SourcingLanguage } from './types';

const VAGUE_QUANTIFIER = '(?:(?:algunas|algunos|varias|varios|diversas|diversos|distintas|distintos|ciertas|ciertos|unas|unos|dos|tres|muchas|muchos) )?';

// Stems of common -er verbs: stem + "ería" is their conditional ("ofrecería").
const ER_STEMS = [
  'ofrec', 'aparec', 'desaparec', 'establec', 'crec', 'parec', 'merec', 'favorec', 'pertenec', 'permanec', 'agradec',
  'fortalec', 'enriquec', 'empobrec', 'conoc', 'reconoc', 'obedec', 'padec', 'com', 'vend', 'corr', 'recorr', 'cre',
  'le', 'tem', 'met', 'comet', 'somet', 'promet', 'compromet', 'beb', 'perd', 'mov', 'promov', 'volv', 'devolv',
  'resolv', 'respond', 'correspond', 'sorprend', 'depend', 'entend', 'extend', 'defend', 'aprend', 'emprend', 'proced',
  'ced', 'conced', 'exced', 'suced', 'romp', 'absorb', 'cog', 'escog', 'recog', 'proteg', 'eleg', 'venc', 'ejerc',
  'torc', 'cos', 'barr',
].join('|');

const ANONYMOUS =
  "(?:(?:una|otra) fuente|(?:(?:unas|las|otras|dos|tres|varias|algunas|diversas|distintas) )?fuentes|un portavoz|un responsable|un miembro|un allegado|allegados|un colaborador|colaboradores|un alto cargo|altos cargos|un funcionario|funcionarios|un diplomático|diplomáticos|testigos|un testigo|expertos|analistas|observadores|críticos|especialistas|vecinos|(?:las|unas) autoridades)";
const LOCATED =
  "(?: (?:cercanas?|próximas?|consultadas?|oficiales|anónimas?|bien informadas?|diplomáticas?|gubernamentales?|policiales?|judiciales?|militares?|internas?|conocedoras?|solventes?|fidedignas?|jurídicas?|sindicales?|parlamentarias?|del equipo|del entorno|de la investigación|del caso))?(?: (?:a la|a los|a las|al|del|de la|de los|de las|de) [\\p{L}-]+(?: [\\p{L}-]+)?)?";
const SAID =
  "(?:dijo|dijeron|dice|dicen|afirmó|afirmaron|afirma|afirman|aseguró|aseguraron|asegura|aseguran|declaró|declararon|explicó|explicaron|explica|indicó|indicaron|indica|indican|señaló|señalaron|señala|señalan|informó|informaron|informa|informan|confirmó|confirmaron|confirma|reportaron|reportó|revelaron|reveló|precisó|precisaron|añadió|agregó|apuntó|apuntaron|apunta|apuntan|consideran|considera|creen|cree|temen|teme|advierten|advierte|advirtió|sostienen|sostiene|han dicho|ha dicho|han asegurado|ha asegurado|han señalado|ha señalado|han explicado|ha explicado|han confirmado|ha confirmado|han indicado|ha indicado|han informado|ha informado)";

/** A name (capitalised) or an institution ("el INE", "la Fiscalía"): a named source. Case-sensitive (a guard). */
const INSTITUTION = '(?:\\p{Lu}|ministerio|gobierno|ejecutivo|policía|guardia civil|fiscalía|ayuntamiento|juzgado|tribunal)';
/**
 * What names the source after a vague-looking phrase: "de" + a name or an institution, after up to three words that
 * are not themselves a complement ("del INE", "los primeros datos oficiales del Ministerio"), or a participle + "por"
 * + one, after up to four words of any kind ("los primeros datos de la investigación facilitados por la Fiscalía").
 */
const NAMED_AFTER = `(?:\\s+(?!(?:de|del|el|la|los|las|un|una|a|al|en|por|para|con|sobre|ante)\\s)[\\p{L}-]+){0,3}?\\s+(?:de|del|de la|de los|de las)\\s+${INSTITUTION}|(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:publicad|difundid|facilitad|proporcionad|ofrecid|comunicad|avanzad)(?:o|a|os|as) por\\s+(?:(?:el|la|los|las)\\s+)?${INSTITUTION}`;

/** A hypothesis: the conditional gives its consequence ("si tuviera dinero, compraría"). */
const HYPOTHESIS =
  'si (?:[\\p{L}]+ ){0,5}?[\\p{L}]+(?:ra|ras|ran|ramos|se|ses|sen|semos)|(?:de|si) (?:superar|aprobar|ganar|perder|no|hay|es|se|la|el|los|las|un|una)|en caso de que|a menos que|a no ser que|siempre que|aunque (?:[\\p{L}]+ ){0,5}?[\\p{L}]+(?:ra|ran|se|sen)';
/**
 * A plan, a proposal, a suggestion or a demand opening its content ("propuso que", "el proyecto de ley prevé"), whose
 * content the conditional gives. (`notHearsay` also takes any sentence naming a proposal or a plan; only these open a
 * content that the next sentence may continue.)
 */
const PROPOSAL =
  '(?:propuso|propone|proponen|sugirió|sugiere|planea|planean|prevé|prevén|previó|plantea|plantean|planteó|pidió|pide|piden) que|(?:la propuesta|el proyecto|el plan|el borrador|el texto)(?: de [\\p{L}]+)? (?:prevé|contempla|incluye|establece|plantea|propone)';

export const es: SourcingLanguage = {
  code: 'es',
  vagueSources: [
    {
      id: 'segun-fuentes',
      source: `(?:según|de acuerdo con|citando a|citando) ${VAGUE_QUANTIFIER}(?:las )?fuentes${LOCATED}`,
    },
    { id: 'fuentes-cercanas', source: `${ANONYMOUS}${LOCATED},? ${SAID}`, unlessPrevious: '\\p{Lu}[\\p{L}-]*\\s+$' },
    // Unnamed media after their verb, inverted after what they report ("…, informaron varios medios", "…, según
    // publicó la prensa local"). Only after a comma or a closing quotation mark: "el ministro criticó a varios medios"
    // has its subject before the verb; "…, informó El País" names its source.
    {
      id: 'informaron-varios-medios',
      source: `(?<=[,»”"]\\s{0,3})(?:según )?(?:${SAID}|publicó|publicaron|han publicado|ha publicado) (?:(?:varios|algunos|diversos|distintos|numerosos|otros|dos|tres) (?:medios|periódicos|diarios)|(?:un|otro) (?:medio|periódico|diario)|la prensa)(?: (?:de comunicación|(?:local|regional|nacional|internacional|digital)(?:es)?|extranjer[oa]s?))?`,
    },
    // The anonymous source after its verb: "reportaron fuentes judiciales", "ha explicado una fuente del equipo".
    { id: 'dijo-una-fuente', source: `${SAID} ${ANONYMOUS}${LOCATED}` },
    { id: 'segun-una-fuente', source: `(?:según|de acuerdo con|a juicio de) ${ANONYMOUS}${LOCATED}` },
    { id: 'la-misma-fuente', source: '(?:(?:según|de acuerdo con|citando a) )?(?:la misma fuente|las mismas fuentes|esa fuente|dicha fuente|estas fuentes|estas mismas fuentes|la fuente|las fuentes)', anaphor: true },
    { id: 'segun-el', source: 'según (?:él|ella|ellos|ellas)', anaphor: true },
    // "Los primeros/las primeras" + any noun ("los primeros indicios", "las primeras informaciones") says what came
    // first, not who gave it; the source is named only by what follows ("del Ministerio", "publicados por la Fiscalía").
    { id: 'segun-los-primeros', source: '(?:según|de acuerdo con) (?:los|las|unos|unas) primer(?:os|as) [\\p{L}-]+', unlessNext: NAMED_AFTER },
    {
      id: 'segun-medios',
      source: `según ${VAGUE_QUANTIFIER}(?:los )?(?:medios|informes|reportes|versiones|rumores|informaciones|expertos|analistas|observadores|críticos|testigos|especialistas|periodistas)(?: (?:de comunicación|locales|de prensa|periodísticos|periodísticas|extraoficiales|no confirmad[oa]s|galos|franceses|estadounidenses|británicos|alemanes|rusos|ucranianos|internacionales|extranjeros))?`,
    },
    { id: 'segun-la-prensa', source: 'según (?:la prensa|los medios|la radio|la televisión)(?: (?:local|locales|internacional|internacionales|extranjera|extranjeros|gala|galos|francesa|franceses))?' },
    {
      id: 'los-medios-aseguran',
      source: `(?:la prensa|los medios|varios medios|algunos medios|diversos medios|distintos medios|medios locales)(?: (?:galos|franceses|locales|internacionales|extranjeros|estadounidenses|británicos|alemanes|rusos|ucranianos|de comunicación))?,? (?:fue la que )?${SAID}|(?:la prensa|los medios)(?: (?:galos|franceses|locales|internacionales|extranjeros))? (?:fue la que|fueron los que) (?:reveló|revelaron|publicó|publicaron|informó|informaron)`,
    },
    {
      id: 'se-dice-que',
      source:
        'se (?:dice|comenta|rumorea|cree|especula|afirma|asegura|rumoreaba|decía|comentaba|creía|especulaba|afirmaba|aseguraba|apunta|apuntaba) que|se rumorea',
    },
    { id: 'trascendio', source: '(?:según )?trascendió(?: que)?' },
    {
      id: 'expertos-advierten',
      source:
        '(?:(?:los|algunos|varios|muchos) )?(?:expertos|analistas|críticos|observadores|especialistas|detractores) (?:advierten|dicen|afirman|aseguran|alertan|creen|opinan|señalan|sostienen|temen|consideran|estiman|coinciden|advirtieron|dijeron|afirmaron|aseguraron|alertaron|señalaron)',
    },
    { id: 'algunos-dicen', source: '(?:algunos|muchos|hay quienes|hay quien) (?:dicen|creen|afirman|aseguran|sostienen|opinan|dice|cree|afirma|asegura|sostiene|opina)' },
  ],
  namedSources: [
    { id: 'segun', source: 'según|de acuerdo con|a juicio de|citad[oa]s? por|en palabras de' },
    {
      id: 'verbo-de-habla',
      // An impersonal or passive "se" names nobody: "se anunció", "se estima", "se ha dicho".
      unlessPrevious: '(?:^|[^\\p{L}])[Ss]e $',
      source: `${SAID}|(?:anunció|anunciaron|anuncia|prometió|prometieron|manifestó|adelantó|admitió|reconoció|reconoce|insistió|insiste|recordó|recuerda|denunció|denuncia|subrayó|subraya|destacó|destaca|aclaró|aclara|confesó|confiesa|comunicó|comunicaron|escribió|escribe|publicó|publicaron|tuiteó|calificó|califica|describió|criticó|critica|respondió|responde|contestó|replicó|concluyó|detalló|detalla|explicaba|decía|aseguraba|afirmaba|sostenía|admitía|reconocía|insistía|señalaba|advertía|lamentaba|recordaba|no precisó|precisa|remarcó|remarca|puntualizó|desmintió|rechazó|rechaza|pidió|exigió|reclamó|apuntó|avisó|alertó|sitúa|sitúan|situó|otorga|otorgan|refleja|reflejan|muestra|muestran|revela|revelan|estima|estiman|calcula|calculan|prevé|prevén|avanzó|sentenció|reiteró|(?:ha|han|había|habían) (?:anunciado|avanzado|dicho|explicado|afirmado|asegurado|señalado|indicado|declarado|precisado|advertido|reconocido|admitido|criticado|denunciado|apuntado|subrayado|destacado|confirmado|informado|recordado|insistido|defendido|negado|pedido|reiterado|agregado|añadido|manifestado|comunicado|revelado|publicado))`,
    },
    // A question put by someone ("«¿…?», preguntó el alcalde"); "la pregunta" after a determiner is the noun.
    {
      id: 'preguntar',
      source: '(?:preguntó|preguntaron|preguntaba|preguntaban|pregunta|preguntan|(?:ha|han|había|habían) preguntado)(?![\\p{L}])',
      unlessPrevious: '(?:^|[^\\p{L}])(?:[Ll]as?|[Uu]nas?|[Ee]s[at]a?s?|[Ss]us?|[Cc]ada|[Oo]tras?|[Dd]el?|[Aa]l|[Ee]l)\\s+$',
    },
    // Verbs used with a reflexive "se" whose subject is still the speaker ("el alcalde se lamentó").
    { id: 'verbo-pronominal', source: '(?:lamentó|lamenta|defendió|defiende|negó|niega)(?![\\p{L}])' },
    // A share price at an exchange is a public record, and the sentence says where to read it.
    { id: 'bolsa', source: 'en (?:la )?bolsa(?: de [\\p{L}-]+)?' },
    { id: 'comunicado', source: '(?:en|según) (?:un|una|el|la|su) (?:comunicado|declaración|carta|informe|estudio|encuesta|sondeo|nota|mensaje|entrevista|rueda de prensa)' },
  ],
  hedges: [
    { id: 'presuntamente', source: 'presuntamente' },
    { id: 'supuestamente', source: 'supuestamente' },
    { id: 'al-parecer', source: 'al parecer|según parece|por lo visto|aparentemente' },
  ],
  reportedMoods: [
    {
      id: 'condicional-compuesto',
      source:
        'habrían?(?: (?:ya|sido|supuestamente|presuntamente|también))?(?: [\\p{L}]+(?:ado|ada|ados|adas|ido|ida|idos|idas|to|ta|tos|tas|cho|cha|chos|chas|so|sa))?',
      notAfter: 'yo(?: no)?',
    },
    {
      id: 'condicional',
      source: '(?:estaría|sería|tendría|haría|diría|pondría|vendría|saldría|sabría|cabría|valdría|mantendría|obtendría|contendría|supondría|propondría|dispondría|contraería|atraería|traería|habría)n?',
      notAfter: 'yo(?: no)?',
    },
    {
      id: 'condicional',
      source: `(?!(?:secret|not|vic)aría)[\\p{L}]{3,}(?:aría|iría)n?|(?:${ER_STEMS})erían?`,
      notAfter: 'yo(?: no)?',
    },
  ],
  notHearsay: `${HYPOTHESIS}|${PROPOSAL}|la propuesta|el proyecto|el plan`,
  proposals: PROPOSAL,
  needsSource: [
    // What someone fears, hopes, knows or tries in private is not on the record.
    'teme', 'temen', 'temía', 'temían', 'pretendía', 'pretendían', 'intentó', 'intentaron', 'buscaba', 'buscaban', 'sabía',
    'sabían', 'en secreto', 'a escondidas',
    'porque', 'debido a', 'a causa de', 'por culpa de', 'provocó', 'provocaron', 'causó', 'causaron', 'gracias a',
    'el mayor', 'la mayor', 'los mayores', 'las mayores', 'el más', 'la más', 'los más', 'las más', 'récord',
    'sin precedentes', 'por primera vez', 'más que', 'menos que', 'en comparación con', 'respecto a', 'con respecto a',
    'menos manifestantes', 'menos violencia', 'más manifestantes', 'inédito', 'inédita',
    // Causes, and a third party's reasons.
    'ligada a', 'ligado a', 'ligados a', 'ligadas a', 'vinculado a', 'vinculada a', 'vinculados a', 'vinculadas a',
    'lastra', 'lastró', 'por considerar', 'al considerar',
    // What investigators found out of public view.
    'hallaron', 'halló', 'han hallado', 'ha hallado', 'encontraron', 'encontró', 'han encontrado', 'ha encontrado',
    'descubrieron', 'descubrió', 'han descubierto', 'ha descubierto',
    // Proportions and votes: someone counted.
    'en gran parte', 'en su mayoría', 'mayoritariamente', 'por unanimidad', 'unánimemente',
    // A third party's intentions and deliberations, and an investigation's progress, are not on the record.
    'baraja', 'barajan', 'sopesa', 'sopesan', 'se plantea', 'se plantean', 'empeñado en', 'empeñada en', 'decidido a',
    'decidida a', 'buscado por la policía', 'buscada por la policía', 'investigado por', 'investigada por',
    // Who is among the victims is a count someone made.
    'entre los afectados', 'entre las víctimas', 'entre los heridos', 'entre los fallecidos', 'entre los detenidos',
  ],
  plans: [
    'va a', 'van a', 'se aplicará', 'se aplicarán', 'se limitará', 'se espera', 'será', 'serán', 'tendrá', 'tendrán',
    'planea', 'prevé', 'pretende', 'quiere', 'quieren', 'próximo', 'próxima', 'a partir de', 'irá', 'aplicará',
    'supondrá', 'conllevará',
  ],
  unasserted: ['si', 'a menos que', 'salvo que'],
  clauseOpeners: [
    'que', 'quien', 'quienes', 'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde', 'cuando', 'porque', 'mientras', 'aunque',
    'el cual', 'la cual', 'los cuales', 'las cuales',
  ],
  figures: {
    numberWords: [
      'miles de', 'cientos de', 'decenas de', 'millones de', 'centenares de', 'la mitad', 'un tercio', 'una docena',
      'la mayoría de', 'un centenar', 'un millar', 'una veintena', 'una treintena', 'una decena',
      // Multiples and repeated events are counted too.
      'se duplicó', 'se ha duplicado', 'se triplicó', 'se ha triplicado', 'el doble', 'el triple', 'veces más',
      'en varias ocasiones', 'en reiteradas ocasiones', 'en numerosas ocasiones', 'reiteradamente',
    ],
    cardinals: [
      'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece', 'catorce',
      'quince', 'veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa', 'cien',
      'ciento', 'mil',
    ],
    approximations: [
      'casi', 'unos', 'unas', 'alrededor de', 'más de', 'menos de', 'cerca de', 'al menos', 'hasta', 'no menos de',
      'aproximadamente',
    ],
    fewWords: ['varios', 'varias', 'algunos', 'algunas', 'numerosos', 'numerosas'],
    tolls: [
      'herido', 'herida', 'heridos', 'heridas', 'muertos', 'muertas', 'fallecidos', 'fallecidas', 'víctimas',
      'detenidos', 'detenidas', 'detenciones', 'arrestos', 'arrestados', 'rehenes', 'desaparecidos',
    ],
    // With the personal "a" of a human object: "el detenido, de 45 años" is no count.
    tollVerbs: [
      'detuvo a', 'detuvieron a', 'ha detenido a', 'han detenido a', 'arrestó a', 'arrestaron a', 'ha arrestado a',
      'han arrestado a', 'mató a', 'mataron a', 'hirió a', 'hirieron a',
    ],
    timeWords: [
      'segundos', 'minutos', 'horas', 'días', 'semanas', 'meses', 'años', 'veces', 'enero', 'febrero', 'marzo', 'abril',
      'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
    ],
  },
  conjectures: [
    'podría', 'podrían', 'debería', 'deberían',
    // Lo que contiene un plan o una propuesta: comprobable solo como propuesto.
    'el plan prevé', 'el proyecto prevé', 'la propuesta prevé', 'el plan incluye', 'la propuesta incluye',
    'las propuestas incluyen', 'entre las medidas propuestas', 'entre las propuestas',
  ],
  views: [
    'esencial', 'imprescindible', 'necesario', 'necesaria', 'crucial', 'un problema', 'peligroso', 'peligrosa',
    'inaceptable', 'injusto', 'injusta', 'un error', 'una amenaza', 'absurdo', 'absurda', 'lamentable', 'preocupante',
    'dudoso', 'dudosa', 'irresponsable', 'parece', 'parecía', 'debería', 'deberían', 'hay que',
  ],
  writerAsides: [
    'es necesario recordar', 'cabe recordar', 'hay que recordar', 'conviene recordar', 'recordemos que',
    'vale la pena recordar',
  ],
  capitalisedNonNames: [
    'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'él', 'ella', 'ellos', 'ellas', 'yo', 'nosotros', 'usted',
    'este', 'esta', 'estos', 'estas', 'pero', 'y', 'o', 'en', 'para', 'por', 'si', 'cuando', 'a', 'al', 'del', 'de',
    'según', 'tras', 'desde', 'durante', 'lunes', 'martes',
    'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
  ],
  capitalisationMarksNames: true,
};
