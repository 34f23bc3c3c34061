/**
 * Which resource categories serve each of the four HRPS / CSWB priorities, by the category
 * values of the sample data set (demo/data/halton-services.json). A page whose feed uses other
 * taxonomy term ids passes its own map to the finder.
 */
export type PriorityId = 'mental-health' | 'vulnerable-populations' | 'traffic-safety' | 'crime';

/** Priority id → category values (taxonomy term ids) in the sample data. */
export const DEFAULT_PRIORITY_CATEGORIES: Record<PriorityId, string[]> = {
  'mental-health': ['mental-health', 'crisis'],
  'vulnerable-populations': ['seniors', 'youth', 'newcomers', 'housing', 'family-violence', 'food', 'income'],
  'traffic-safety': ['traffic-safety'],
  crime: ['victim-services', 'legal', 'family-violence'],
};
