/** French cues for check-worthiness, translated from the English ones. Apostrophes are straight. */
import type { LanguageProfile } from '../profile';

export const fr: LanguageProfile = {
  code: 'fr',
  numberWords: [
    'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize',
    'quatorze', 'quinze', 'seize', 'vingt*', 'trente', 'quarante', 'cinquante', 'soixante*',
    'quatre-vingt*', 'cent', 'cents', 'mille', 'million*', 'milliard*', 'billion*', 'douzaine*',
    'centaine*', 'millier*', 'moitié', 'deux fois', 'un tiers', 'un quart', 'un sur',
  ],
  quantity: [
    '%', 'pour cent', 'pourcentage', 'dollar*', 'euro*', 'centimes', 'tonne*', 'kilomètre*', 'km',
    'hectare*', 'barils', 'litre*', 'points', 'par habitant', 'par an', 'par jour', 'par mois',
    'la moitié', 'fois plus', 'majorité', 'moyenne', 'taux', 'budget', 'déficit', 'dette', 'pib',
    'chiffres', 'statistiques',
  ],
  date: [
    'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
    'novembre', 'décembre', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'hier', "l'an dernier", "l'année dernière", 'le mois dernier', 'la semaine dernière', 'cette année',
    "l'an prochain", "l'année prochaine", 'il y a', 'décennie*', 'siècle', 'depuis', 'au cours des',
    'ces dernières années', 'à l\'époque', 'mandat', 'quinquennat',
  ],
  comparison: [
    'plus de', 'moins de', "plus d'", "moins d'", 'autant de', 'par rapport à', 'comparé à',
    'supérieur*', 'inférieur*', 'plus', 'moins', 'meilleur*', 'pire', 'davantage', 'contre',
  ],
  change: [
    'augment*', 'diminu*', 'hausse', 'baisse', 'a baissé', 'a chuté', 'chute', 'doublé', 'triplé',
    'progress*', 'croissance', 'recul*', 'réduit', 'réduction', 'perdu', 'gagné', 'grimpé', 'bondi',
    'passé de', 'en hausse', 'en baisse', 'coupes', 'supprimé',
  ],
  superlative: [
    'le plus', 'la plus', 'les plus', 'le moins', 'la moins', 'les moins', 'le meilleur', 'la meilleure',
    'le pire', 'son plus', 'sa plus', 'ses plus', 'leur plus', 'leurs plus', 'notre plus', 'première fois', 'jamais', "de l'histoire", 'record', 'historique', 'sans précédent',
    'numéro un', 'seul', 'seule', 'premier', 'première',
  ],
  reportingVerb: [
    'a dit', 'a déclaré', 'déclare', 'selon', "d'après", 'a annoncé', 'annonce', 'a affirmé', 'affirme',
    'a indiqué', 'indique', 'a rapporté', 'rapporte', 'a confirmé', 'confirme', 'a démenti', 'dément',
    'a estimé', 'estime', 'a reconnu', 'a écrit', 'a témoigné', 'montre', 'révèle', 'étude', 'études',
    'enquête', 'sondage', 'rapport',
  ],
  causal: [
    'parce que', "parce qu'", 'à cause de', 'en raison de', 'dû à', 'due à', 'causé', 'provoqué',
    'a entraîné', 'entraîne', 'conduit à', 'a conduit', 'par conséquent', 'donc', 'grâce à',
    'responsable de', "c'est pourquoi", 'conséquence*', 'car',
  ],
  predictive: [
    'va', 'vont', 'sera', 'seront', 'aura', 'auront', 'devrait', 'devraient', 'prévoit', 'prévu*',
    'prévision*', 'projection*', "d'ici", "l'an prochain", "à l'avenir", 'bientôt',
  ],
  entityCue: [
    /(?<![\p{L}])M\.\s\p{Lu}/gu, 'mme', 'président*', 'sénat*', 'député*', 'ministre', 'ministère', 'secrétaire', 'général',
    'directeur', 'directrice', 'pdg', 'maire', 'premier ministre', 'ambassadeur', 'agence', 'commission',
    'comité', 'université', 'entreprise', 'société', 'banque', 'tribunal', 'cour', 'assemblée',
    'parlement', 'gouvernement',
  ],
  action: [
    'a voté', 'ont voté', 'vote', 'a signé', 'signé', 'adopté', 'a proposé', 'créé', 'créés', 'dépensé',
    'dépenses', 'supprimé', 'investi', 'financé', 'approuvé', 'rejeté', "s'est opposé", 'soutenu',
    'construit', 'fermé', 'embauché', 'licencié', 'tué', 'morts', 'mort', 'gagné', 'payé', 'emprunté',
    'coûte', 'coûté', 'coût',
  ],
  topic: [
    'impôt*', 'taxe*', 'fiscal*', 'emploi*', 'chômage', 'chômeurs', 'économ*', 'inflation', 'salaire*',
    'revenu*', 'pauvreté', 'pauvres', 'santé', 'hôpita*', 'sécurité sociale', 'assurance*', 'retraite*',
    'pension*', 'crime*', 'criminalité', 'meurtre*', 'police', 'prison*', 'armes', 'immigr*',
    'frontière*', 'militaire*', 'armée', 'soldats', 'guerre', 'nucléaire', 'missile*', 'énergie',
    'pétrole', 'gaz', 'climat*', 'émission*', 'école*', 'éducation', 'étudiant*', 'université*',
    'enseignant*', 'commerce', 'export*', 'import*', 'loi', 'lois', 'projet de loi', 'législation',
    'programme*', 'gouvernement', 'état', 'argent', 'travailleur*', 'entreprise*', 'industri*',
    'agricult*', 'population', 'décès', 'français', 'citoyens', 'familles', 'enfants', 'femmes', 'pays',
    'nation*', 'intérêt*', 'drogue*', 'avortement', 'terror*', 'dépenses', 'financement', 'sécurité',
    'chine', 'russie', 'irak', 'iran', 'ukraine',
  ],
  past: [
    'était', 'étaient', 'avait', 'avaient', 'a été', 'ont été', 'a', 'ont', 'avons', 'avez', 'fut',
    /(?<![\p{L}])[\p{Ll}]{3,}(?:é|ée|és|ées)(?![\p{L}])/gu,
  ],
  firstPersonSingular: ['je', "j'", 'me', "m'", 'moi', 'mon', 'ma', 'mes'],
  firstPersonPlural: ['nous', 'notre', 'nos'],
  secondPerson: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'],
  hedge: [
    'je pense', 'je crois', 'je suppose', "j'espère", 'je sens', 'peut-être', 'probablement', 'sans doute',
    'pourrait', 'pourraient', 'semble', 'il me semble', 'je ne sais pas', 'en quelque sorte',
    'vous savez', 'je veux dire',
  ],
  opinion: [
    'formidable', 'merveilleux', 'terrible', 'horrible', 'bon', 'bonne', 'mauvais*', 'faux', 'juste',
    'important*', 'fier', 'fière', 'aime', 'déteste', 'injuste', 'ridicule', 'désastre', 'beau', 'belle',
    'honte', 'triste', 'heureux', 'honnête', 'fort', 'faible', 'crois', "d'accord", 'respect*', 'espoir',
    'veux', 'veut', 'voulons', 'valeurs', 'rêve',
  ],
  prescriptive: [
    'devons', 'devez', 'doit', 'doivent', 'il faut', 'il faudrait', 'faut', 'devrions', 'nous pouvons',
    'pouvons', 'laissez-moi', 'permettez-moi', 'allons',
  ],
  phatic: [
    'merci', 'félicitations', 'bonjour', 'bonsoir', "s'il vous plaît", 'mesdames et messieurs',
    'bienvenue', "d'accord", 'bon', 'eh bien', 'oui', 'non', 'monsieur', 'madame', 'excusez-moi',
    'question', 'réponse', 'public',
  ],
  capitalisationMarksNames: true,
  capitalisedNonNames: [],
};
