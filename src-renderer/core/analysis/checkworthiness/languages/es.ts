/** Spanish cues for check-worthiness, translated from the English ones. Apostrophes are straight. */
import type { LanguageProfile } from '../profile';

export const es: LanguageProfile = {
  code: 'es',
  numberWords: [
    'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece',
    'catorce', 'quince', 'dieciséis', 'veinte', 'veinti*', 'treinta', 'cuarenta', 'cincuenta', 'sesenta',
    'setenta', 'ochenta', 'noventa', 'cien', 'ciento*', 'mil', 'miles', 'millón', 'millones',
    'billón', 'billones', 'docena*', 'centenar*', 'mitad', 'el doble', 'un tercio', 'un cuarto',
    'uno de cada', 'una de cada',
  ],
  quantity: [
    '%', 'por ciento', 'porcentaje', 'dólar*', 'euro*', 'céntimos', 'tonelada*', 'kilómetro*', 'km',
    'hectárea*', 'barriles', 'litro*', 'puntos', 'per cápita', 'al año', 'por año', 'al día', 'al mes',
    'la mitad', 'veces más', 'mayoría', 'media', 'promedio', 'tasa*', 'presupuesto*', 'déficit', 'deuda',
    'pib', 'cifras', 'datos', 'estadística*',
  ],
  date: [
    'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre',
    'octubre', 'noviembre', 'diciembre', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado',
    'domingo', 'ayer', 'el año pasado', 'el mes pasado', 'la semana pasada', 'este año', 'el próximo año',
    'el año que viene',
    /(?<![\p{L}])hace\s+(?:\p{N}+|\p{L}+)\s+(?:años|meses|semanas|días|décadas|siglos)(?![\p{L}])/giu, 'década*', 'siglo', 'desde', 'en los últimos', 'durante', 'en aquel momento',
    'legislatura', 'mandato',
  ],
  comparison: [
    'más de', 'menos de', 'más que', 'menos que', 'tanto como', 'tantos como', 'en comparación con',
    'comparado con', 'frente a', 'superior*', 'inferior*', 'más', 'menos', 'mayor', 'menor',
    'mejor', 'peor', 'mayores', 'menores',
  ],
  change: [
    'aument*', 'disminu*', 'subi*', 'subió', 'bajó', 'baja', 'cayó', 'caído', 'caída', 'descen*',
    'duplicado', 'duplicó', 'triplicado', 'triplicó', 'crec*', 'recort*', 'reduj*', 'reduc*', 'perdido',
    'perdió', 'ganado', 'ganó', 'increment*', 'se disparó', 'desplom*', 'pasó de',
  ],
  superlative: [
    'el más', 'la más', 'los más', 'las más', 'el menos', 'la menos', 'el mejor', 'la mejor', 'el peor',
    'la peor', 'primera vez', 'jamás', 'nunca antes', 'en la historia', 'récord', 'histórico', 'histórica',
    'sin precedentes', 'número uno',
    // "la cifra más baja": article, noun, más.
    /(?<![\p{L}])(?:el|la|los|las)\s+\p{L}+\s+(?:más|menos)\s+\p{L}+/giu, 'único', 'única', 'primer', 'primera', 'máximo', 'mínimo',
    /(?<![\p{L}])[\p{Ll}]{3,}ísim[oa]s?(?![\p{L}])/gu,
  ],
  reportingVerb: [
    'dijo', 'dice', 'ha dicho', 'declaró', 'ha declarado', 'según', 'de acuerdo con', 'anunció',
    'ha anunciado', 'afirmó', 'afirma', 'ha afirmado', 'aseguró', 'asegura', 'indicó', 'informó',
    'confirmó', 'negó', 'estimó', 'reconoció', 'admitió', 'escribió', 'muestra', 'revela', 'estudio',
    'estudios', 'encuesta', 'sondeo', 'informe',
  ],
  causal: [
    'porque', 'por culpa de', 'debido a', 'a causa de', 'causado', 'causó', 'provocado', 'provocó',
    'ha llevado a', 'llevó a', 'conduce a', 'como resultado', 'por lo tanto', 'por eso', 'gracias a',
    'responsable de', 'consecuencia*', 'ya que', 'puesto que',
  ],
  predictive: [
    'va a', 'van a', 'vamos a', 'será', 'serán', 'habrá', 'tendrá', 'tendrán', 'se espera', 'prevé',
    'previsto', 'previsión*', 'pronóstico*', 'proyección*', 'para el año', 'el próximo año', 'en el futuro',
    'pronto', /(?<![\p{L}])[\p{Ll}]{3,}(?:ará|arán|erá|erán|irá|irán)(?![\p{L}])/gu,
  ],
  entityCue: [
    'sr', 'sra', 'don', 'doña', 'presidente', 'presidenta', 'senador*', 'diputad*', 'ministr*',
    'ministerio', 'secretari*', 'general', 'director*', 'alcalde*', 'embajador*', 'agencia', 'comisión',
    'comité', 'universidad', 'empresa', 'compañía', 'banco', 'tribunal', 'congreso', 'senado', 'parlamento',
    'gobierno', 'junta',
  ],
  action: [
    'votó', 'votado', 'votaron', 'firmó', 'firmado', 'aprobó', 'aprobado', 'propuso', 'creado', 'creó',
    'gastado', 'gastó', 'gasto', 'eliminó', 'invirtió', 'financió', 'rechazó', 'apoyó', 'construyó',
    'cerró', 'contrató', 'despidió', 'mató', 'murió', 'muertos', 'fallecidos', 'ganó', 'pagó', 'cuesta',
    'costó', 'coste', 'costo',
  ],
  topic: [
    'impuesto*', 'fiscal*', 'empleo*', 'paro', 'desempleo', 'econom*', 'inflación', 'salario*',
    'sueldo*', 'ingreso*', 'pobreza', 'pobres', 'sanidad', 'salud', 'hospital*', 'seguridad social',
    'seguro*', 'pensión*', 'pensiones', 'jubila*', 'delito*', 'crimen*', 'asesinato*', 'policía',
    'cárcel*', 'prisión', 'armas', 'inmigra*', 'frontera*', 'militar*', 'ejército', 'soldados', 'guerra',
    'nuclear', 'misil*', 'energía', 'petróleo', 'gas', 'clima*', 'emisiones', 'escuela*', 'educación',
    'estudiante*', 'universidad*', 'profesor*', 'comercio', 'export*', 'import*', 'ley', 'leyes',
    'proyecto de ley', 'legislación', 'programa*', 'gobierno', 'dinero', 'trabajador*',
    'empresa*', 'industri*', 'agricult*', 'población', 'muertes', 'españoles', 'ciudadanos', 'familias',
    'niños', 'mujeres', 'país', 'países', 'nación*', 'intereses', 'drogas', 'aborto', 'terroris*',
    'financiación', 'seguridad', 'vivienda*', 'alquiler*', 'china', 'rusia', 'irak', 'irán', 'ucrania',
  ],
  past: [
    'era', 'eran', 'fue', 'fueron', 'había', 'habían', 'ha sido', 'han sido', 'ha', 'han', 'hemos', 'hizo',
    /(?<![\p{L}])[\p{Ll}]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ó|aron|ieron)(?![\p{L}])/gu,
  ],
  firstPersonSingular: ['yo', 'me', 'mí', 'mi', 'mis', 'conmigo'],
  firstPersonPlural: ['nosotros', 'nosotras', 'nos', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
  secondPerson: ['tú', 'te', 'ti', 'tu', 'tus', 'usted', 'ustedes', 'vosotros', 'vuestro', 'vuestra', 'os'],
  hedge: [
    'creo', 'creo que', 'pienso', 'supongo', 'espero', 'quizá', 'quizás', 'tal vez', 'a lo mejor',
    'probablemente', 'podría', 'podrían', 'parece', 'posiblemente', 'no sé', 'de alguna manera',
    'ya sabe', 'o sea',
  ],
  opinion: [
    'genial', 'maravillos*', 'terrible', 'horrible', 'bueno', 'buena', 'malo', 'mala', 'equivocad*',
    'importante', 'orgullos*', 'amo', 'odio', 'justo', 'injusto', 'ridícul*', 'desastre', 'bonito',
    'precioso', 'vergüenza', 'triste', 'feliz', 'honest*', 'fuerte', 'débil', 'acuerdo', 'respeto',
    'esperanza', 'quiero', 'quiere', 'queremos', 'valores', 'sueño', 'vergonzos*', 'indignante',
  ],
  prescriptive: [
    'debemos', 'deben', 'debe', 'debería', 'deberíamos', 'hay que', 'tenemos que', 'tienen que',
    'tiene que', 'necesitamos', 'podemos', 'vamos', 'exigimos', 'pedimos',
  ],
  phatic: [
    'gracias', 'felicidades', 'enhorabuena', 'hola', 'buenos días', 'buenas noches', 'por favor',
    'señoras y señores', 'bienvenid*', 'vale', 'bueno', 'pues', 'sí', 'señor', 'señora',
    'disculpe', 'pregunta', 'respuesta', 'público',
  ],
  capitalisationMarksNames: true,
  capitalisedNonNames: [],
};
