import type { MessageBundle } from './locale.js';

// Written for residents: short sentences, everyday words (grade 8 or simpler). The zone names and
// subtitles follow Ontario's Community Safety and Well-Being Planning Framework (2017), so that a
// reader can match them to their municipality's plan; the descriptions are our own words.
const en = {
  label: 'Zones of community safety and well-being',
  examplesLabel: 'What happens here',

  'social-development.name': 'Social development',
  'social-development.subtitle': 'Promoting and maintaining community safety and well-being',
  'social-development.description':
    'This is long-term work so that everyone has what they need to do well: a good start in life, school, enough food, a safe home, a steady income and a place in the community. Many groups share this work. When these needs are met, fewer people come to harm later.',
  'social-development.example1': 'Early childhood programs and education',
  'social-development.example2': 'Help with food, housing and income',
  'social-development.example3': 'Activities that help everyone feel they belong',

  'prevention.name': 'Prevention',
  'prevention.subtitle': 'Proactively reducing identified risks',
  'prevention.description':
    'Here the community acts on a risk it already knows about, before it turns into crime, harm or someone becoming a victim. Programs focus on the people, places or behaviours where that risk was found.',
  'prevention.example1': 'Road safety campaigns against speeding, distracted and impaired driving',
  'prevention.example2': 'Programs for a group or neighbourhood where a risk has been found',
  'prevention.example3': '',

  'risk-intervention.name': 'Risk intervention',
  'risk-intervention.subtitle': 'Mitigating situations of elevated risk',
  'risk-intervention.description':
    'Sometimes a person or a family is very likely to be seriously hurt, or to hurt someone, very soon. Agencies then work together quickly to connect them with help before a crisis happens.',
  'risk-intervention.example1': 'Situation Tables, where agencies plan help within 24 to 48 hours',
  'risk-intervention.example2': 'The Violent Threat Risk Assessment protocol',
  'risk-intervention.example3': 'Sharing only the information needed, step by step, to protect privacy',

  'incident-response.name': 'Incident response',
  'incident-response.subtitle': 'Critical and non-critical incident response',
  'incident-response.description':
    'This is the help that comes when something is happening now or has already happened. It is needed every day, but it starts after harm has begun. It is often measured by the number of calls and how fast help arrives.',
  'incident-response.example1': 'Police, fire and paramedics answering calls',
  'incident-response.example2': 'Crisis teams helping someone in a mental health crisis',
  'incident-response.example3': '',

  investmentTitle: 'Moving effort upstream',
  investmentText:
    'The provincial framework asks communities to put most of their money, time and effort into the first three zones: social development, prevention and risk intervention. When people get help early, fewer of them reach the point where police, fire or paramedics must respond.',
};

/** Texts of `<cswb-zone-explainer>`; every key can be overridden with `strings` or `setStrings()`. */
export const zoneExplainerMessages: MessageBundle<typeof en> = {
  en,
  fr: {
    label: 'Zones de la sécurité et du bien-être dans les collectivités',
    examplesLabel: 'Ce qui se passe ici',

    'social-development.name': 'Développement social',
    'social-development.subtitle': 'Promouvoir et maintenir la sécurité et le bien-être dans la collectivité',
    'social-development.description':
      'C’est un travail à long terme pour que chacun ait ce qu’il faut pour bien vivre : un bon départ dans la vie, l’école, assez de nourriture, un logement sûr, un revenu stable et une place dans la communauté. Beaucoup de groupes y travaillent ensemble. Quand ces besoins sont comblés, moins de gens subissent des torts plus tard.',
    'social-development.example1': 'Programmes pour la petite enfance et éducation',
    'social-development.example2': 'Aide pour se nourrir, se loger et avoir un revenu',
    'social-development.example3': 'Activités qui aident chacun à se sentir à sa place',

    'prevention.name': 'Prévention',
    'prevention.subtitle': 'Réduire de façon proactive les risques cernés',
    'prevention.description':
      'Ici, la communauté agit sur un risque qu’elle connaît déjà, avant qu’il mène à un crime, à des torts ou à une victime. Les programmes visent les personnes, les lieux ou les comportements où ce risque a été repéré.',
    'prevention.example1': 'Campagnes de sécurité routière contre la vitesse, la distraction et la conduite avec facultés affaiblies',
    'prevention.example2': 'Programmes pour un groupe ou un quartier où un risque a été repéré',
    'prevention.example3': '',

    'risk-intervention.name': 'Intervention en situation de risque',
    'risk-intervention.subtitle': 'Atténuer les situations de risque élevé',
    'risk-intervention.description':
      'Parfois, une personne ou une famille risque fort d’être gravement blessée, ou de blesser quelqu’un, très bientôt. Les organismes travaillent alors ensemble, rapidement, pour lui offrir de l’aide avant qu’une crise éclate.',
    'risk-intervention.example1': 'Tables de concertation, où les organismes planifient l’aide en 24 à 48 heures',
    'risk-intervention.example2': 'Le protocole d’évaluation du risque de menace de violence',
    'risk-intervention.example3': 'Ne partager que l’information nécessaire, étape par étape, pour protéger la vie privée',

    'incident-response.name': 'Intervention en cas d’incident',
    'incident-response.subtitle': 'Intervention en cas d’incident critique ou non critique',
    'incident-response.description':
      'C’est l’aide qui arrive quand quelque chose se passe en ce moment ou s’est déjà produit. On en a besoin chaque jour, mais elle commence une fois le tort causé. On la mesure souvent par le nombre d’appels et la rapidité de l’aide.',
    'incident-response.example1': 'Police, pompiers et ambulanciers qui répondent aux appels',
    'incident-response.example2': 'Équipes de crise qui aident une personne en crise de santé mentale',
    'incident-response.example3': '',

    investmentTitle: 'Agir plus tôt, en amont',
    investmentText:
      'Le cadre provincial demande aux collectivités de consacrer la plus grande partie de leur argent, de leur temps et de leurs efforts aux trois premières zones : le développement social, la prévention et l’intervention en situation de risque. Quand les gens reçoivent de l’aide tôt, moins d’entre eux en arrivent au point où la police, les pompiers ou les ambulanciers doivent intervenir.',
  },
};
