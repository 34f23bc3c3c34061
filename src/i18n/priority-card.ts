import type { MessageBundle } from './locale.js';

// French uses a no-break space before the colon (Canadian French typography).
const nbsp = '\u00a0';

const en = {
  mentalHealthTitle: 'Mental health and addictions',
  mentalHealthSummary:
    'Crisis teams that pair a police officer with a mental health worker, the COAST crisis line, and links to mental health and addiction supports.',
  vulnerablePopulationsTitle: 'Vulnerable populations',
  vulnerablePopulationsSummary:
    'Support for people at higher risk of harm: the Vulnerable Person Registry, Victim Services, and investigations into human trafficking.',
  trafficSafetyTitle: 'Traffic safety',
  trafficSafetySummary:
    'Safer roads for everyone: Project Safe Start targets distracted, speeding and impaired driving, and RIDE checks stop impaired drivers.',
  crimeTitle: 'Crime and community safety',
  crimeSummary:
    'Preventing crime early with community partners, including youth diversion, which steers young people towards support instead of court.',
  external: '(external website)',
  findServices: 'Find services',
  unknown: 'Nothing to show: “{priority}” is not one of the four priorities.',
  empty: 'Nothing to show: this card has no priority and no content.',
};

/** Texts of `<cswb-priority-card>` (and of the preset cards of `<cswb-priority-grid>`); keys can be overridden with `strings` or `setStrings()`. */
export const priorityCardMessages: MessageBundle<typeof en> = {
  en,
  fr: {
    mentalHealthTitle: 'Santé mentale et dépendances',
    mentalHealthSummary:
      'Des équipes d’intervention en situation de crise qui réunissent un agent de police et un intervenant en santé mentale, la ligne de crise COAST et des liens vers du soutien en santé mentale et en dépendances.',
    vulnerablePopulationsTitle: 'Populations vulnérables',
    vulnerablePopulationsSummary: `Du soutien pour les personnes plus exposées aux préjudices${nbsp}: le registre des personnes vulnérables, les services aux victimes et les enquêtes sur la traite de personnes.`,
    trafficSafetyTitle: 'Sécurité routière',
    trafficSafetySummary: `Des routes plus sûres pour tout le monde${nbsp}: le projet Safe Start cible la conduite distraite, la vitesse et la conduite avec les capacités affaiblies, et les contrôles RIDE arrêtent les conducteurs aux capacités affaiblies.`,
    crimeTitle: 'Criminalité et sécurité communautaire',
    crimeSummary:
      'Prévenir la criminalité tôt avec les partenaires de la collectivité, notamment par la déjudiciarisation des jeunes, qui les oriente vers du soutien plutôt que vers le tribunal.',
    external: '(site Web externe)',
    findServices: 'Trouver des services',
    unknown: `Rien à afficher${nbsp}: «${nbsp}{priority}${nbsp}» n’est pas l’une des quatre priorités.`,
    empty: `Rien à afficher${nbsp}: cette carte n’a ni priorité ni contenu.`,
  },
};
