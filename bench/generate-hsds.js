// Benchmark data: `generateServices(count, seed)` returns `count` pseudo-random HSDS 3.0 services
// with realistic field sizes (a 40–120-word description mixing English and French with accents,
// 1–3 phones, weekly schedules, 1–2 locations, 1–3 categories, languages, service areas). The
// same count and seed always give the same data. Plain ES module, no dependencies: it runs in
// node and in the browser.

// mulberry32: small, fast and good enough to spread benchmark data.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = [
  ['mental-health', 'Mental health and addictions'],
  ['housing', 'Housing'],
  ['food', 'Food'],
  ['crisis', 'Crisis support'],
  ['family-violence', 'Family violence'],
  ['seniors', 'Seniors'],
  ['youth', 'Youth'],
  ['legal', 'Legal help'],
  ['traffic-safety', 'Road safety'],
  ['victim-services', 'Victim support'],
  ['newcomers', 'Newcomers'],
  ['income', 'Income support'],
];

const PLACES = [
  ['Burlington', 43.3255, -79.799, 'L7R'],
  ['Oakville', 43.448, -79.668, 'L6J'],
  ['Milton', 43.514, -79.883, 'L9T'],
  ['Georgetown', 43.649, -79.921, 'L7G'],
  ['Acton', 43.633, -80.042, 'L7J'],
  ['Hamilton', 43.2557, -79.8711, 'L8P'],
  ['Mississauga', 43.589, -79.6441, 'L5B'],
  ['Brampton', 43.6834, -79.7663, 'L6V'],
  ['Guelph', 43.5448, -80.2482, 'N1H'],
  ['Toronto', 43.6532, -79.3832, 'M5V'],
  ['Ottawa', 45.4215, -75.6972, 'K1P'],
  ['Sudbury', 46.4917, -80.993, 'P3E'],
  ['Kingston', 44.2312, -76.486, 'K7L'],
  ['London', 42.9849, -81.2453, 'N6A'],
  ['Windsor', 42.3149, -83.0364, 'N9A'],
  ['Timmins', 48.4758, -81.3305, 'P4N'],
];
const AREA_OF = { Georgetown: 'Halton Hills', Acton: 'Halton Hills' };

const LANGUAGES = [
  ['English', 'en'],
  ['French', 'fr'],
  ['Arabic', 'ar'],
  ['Punjabi', 'pa'],
  ['Urdu', 'ur'],
  ['Spanish', 'es'],
  ['Chinese', 'zh'],
  ['Tagalog', 'tl'],
  ['Polish', 'pl'],
  ['Portuguese', 'pt'],
  ['Tamil', 'ta'],
  ['Ojibwe', 'oj'],
];

const EN_WORDS = (
  'support help service program community family youth seniors counselling housing food bank crisis line ' +
  'safety health mental wellness addiction recovery shelter emergency referral advice legal clinic income tax ' +
  'benefits newcomers settlement language classes employment training children parents caregivers volunteers ' +
  'transportation appointments walk-in confidential free assessment group individual sessions workshop education ' +
  'prevention outreach drop-in evening weekend residents region neighbourhood library school court victims ' +
  'violence abuse planning information grocery hamper meals nutrition rent utility eviction tenants landlord ' +
  'drivers road distracted impaired speeding seat helmet cycling pedestrians police partners network trained staff'
).split(' ');
const FR_WORDS = (
  'soutien aide service programme communauté famille jeunesse aînés counseling logement alimentation banque ' +
  'crise ligne sécurité santé mentale bien-être dépendance rétablissement hébergement urgence référence conseils ' +
  'juridique clinique revenu impôt prestations nouveaux arrivants établissement français cours emploi formation ' +
  'enfants parents proches aidants bénévoles transport rendez-vous confidentiel gratuit évaluation groupe séances ' +
  'atelier éducation prévention intervention soirée fin de semaine résidents région quartier bibliothèque école ' +
  'tribunal victimes violence maltraitance planification renseignements épicerie repas nutrition loyer éviction ' +
  'locataires propriétaire conducteurs route distraction vitesse siège piétons cyclistes police partenaires équipe ' +
  'qualifiée accueil écoute démarches réseau élèves garçons filles œuvre cœur sœurs fraîcheur là où déjà très'
).split(' ');
const EN_NOUNS = ['Centre', 'Clinic', 'Network', 'Program', 'Line', 'Hub', 'Services', 'Drop-in', 'Circle', 'Collective', 'Desk', 'Pantry'];
const EN_TOPICS = ['Counselling', 'Housing Help', 'Food Bank', 'Youth', 'Seniors', 'Legal Aid', 'Newcomer', 'Family', 'Recovery', 'Road Safety', 'Victim Support', 'Tax'];
const FR_NAMES = ['Centre', 'Clinique', 'Réseau', 'Programme', 'Ligne', 'Carrefour', 'Services', 'Maison', 'Cercle', 'Comptoir'];
const FR_TOPICS = ['d’écoute', 'de santé mentale', 'd’hébergement', 'alimentaire', 'jeunesse', 'des aînés', 'juridique', 'des nouveaux arrivants', 'familial', 'de sécurité routière'];
const STREETS = ['Main Street', 'King Street', 'Queen Street', 'Lakeshore Road', 'Brant Street', 'Kerr Street', 'Mill Street', 'Church Street', 'Ontario Street', 'Guelph Street', 'Trafalgar Road', 'Derry Road'];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/**
 * `count` HSDS 3.0 services (plain JSON-ready objects), deterministic for a given `seed`.
 * @param {number} count
 * @param {number} [seed]
 * @returns {Record<string, unknown>[]}
 */
export function generateServices(count, seed = 1) {
  const next = random(seed);
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const some = (list, min, max) => {
    const copy = list.slice();
    const n = int(min, max);
    const out = [];
    for (let i = 0; i < n && copy.length > 0; i++) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  const hex = (n) => {
    let s = '';
    while (s.length < n) s += Math.floor(next() * 0x100000000).toString(16).padStart(8, '0');
    return s.slice(0, n);
  };
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`;
  const sentence = (words, length) => {
    const out = [];
    for (let i = 0; i < length; i++) out.push(pick(words));
    const text = out.join(' ');
    return `${text[0].toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (french, words) => {
    const vocabulary = french ? FR_WORDS : EN_WORDS;
    const sentences = [];
    let left = words;
    while (left > 0) {
      const length = Math.min(left, int(6, 16));
      // A sentence now and then in the other language, as bilingual directories often have.
      sentences.push(sentence(next() < 0.15 ? (french ? EN_WORDS : FR_WORDS) : vocabulary, length));
      left -= length;
    }
    return sentences.join(' ');
  };
  const phone = () => ({ id: uuid(), number: `${pick(['905', '289', '365'])}-555-01${String(int(0, 99)).padStart(2, '0')}`, type: pick(['voice', 'voice', 'text', 'fax']) });
  const time = (hour, minute = 0) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const schedule = () => {
    const kind = next();
    if (kind < 0.1) return { id: uuid(), freq: 'WEEKLY', byday: DAYS.join(','), opens_at: '00:00', closes_at: '23:59', timezone: 'America/Toronto' };
    if (kind < 0.15) return { id: uuid(), freq: 'WEEKLY', byday: pick(DAYS), opens_at: '21:00', closes_at: '07:00', timezone: 'America/Toronto' };
    const opens = int(7, 13);
    return {
      id: uuid(),
      freq: 'WEEKLY',
      byday: some(DAYS.slice(0, 6), 1, 5).join(','),
      opens_at: time(opens, pick([0, 30])),
      closes_at: time(opens + int(3, 9), pick([0, 30])),
      timezone: 'America/Toronto',
      ...(next() < 0.1 ? { valid_from: '2026-01-01', valid_to: '2026-12-31' } : {}),
    };
  };
  const location = () => {
    const [city, lat, lon, fsa] = pick(PLACES);
    return {
      id: uuid(),
      location: {
        id: uuid(),
        location_type: 'physical',
        name: `${city} ${pick(EN_NOUNS)}`,
        latitude: Math.round((lat + (next() - 0.5) * 0.08) * 1e4) / 1e4,
        longitude: Math.round((lon + (next() - 0.5) * 0.08) * 1e4) / 1e4,
        addresses: [
          {
            id: uuid(),
            address_1: `${int(1, 4999)} ${pick(STREETS)}`,
            city,
            state_province: 'ON',
            postal_code: `${fsa} ${int(0, 9)}${'ABCEGHJKLMNPRSTVXY'[int(0, 17)]}${int(0, 9)}`,
            country: 'CA',
            address_type: 'physical',
          },
        ],
      },
    };
  };

  const services = [];
  for (let i = 0; i < count; i++) {
    const french = next() < 0.3;
    const locations = Array.from({ length: int(1, 2) }, location);
    const cities = locations.map((l) => l.location.addresses[0].city);
    const name = french
      ? `${pick(FR_NAMES)} ${pick(FR_TOPICS)} de ${cities[0]}`
      : `${cities[0]} ${pick(EN_TOPICS)} ${pick(EN_NOUNS)}`;
    const minimumAge = next() < 0.3 ? pick([12, 16, 18, 55, 60, 65]) : undefined;
    const maximumAge = next() < 0.15 ? pick([17, 18, 24, 29]) : undefined;
    const free = next();
    const status = next();
    services.push({
      id: uuid(),
      name,
      ...(next() < 0.2 ? { alternate_name: `${name.split(' ')[0]} ${pick(EN_NOUNS)}` } : {}),
      description: paragraph(french, int(40, 120)),
      url: `https://${hex(6)}.example.org/${french ? 'services' : 'programs'}/${i}`,
      email: `info${i}@${hex(6)}.example.org`,
      status: status < 0.02 ? 'inactive' : status < 0.03 ? 'temporarily closed' : 'active',
      fees_description: free < 0.5 ? (french ? 'Gratuit.' : 'Free of charge.') : free < 0.7 ? `$${int(5, 60)} per session.` : undefined,
      eligibility_description: next() < 0.5 ? sentence(french ? FR_WORDS : EN_WORDS, int(8, 20)) : undefined,
      minimum_age: minimumAge,
      maximum_age: maximumAge !== undefined && (minimumAge ?? 0) <= maximumAge ? maximumAge : undefined,
      assured_date: `202${int(3, 6)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
      ...(next() < 0.05 ? { alert: sentence(EN_WORDS, int(8, 20)) } : {}),
      organization: { id: uuid(), name: `${pick(['Halton', cities[0], 'Ontario', 'Community'])} ${pick(EN_TOPICS)} ${pick(['Association', 'Society', 'Network', 'Inc.', 'Collective'])}` },
      phones: Array.from({ length: int(1, 3) }, phone),
      schedules: Array.from({ length: int(0, 2) }, schedule),
      service_areas: [...new Set(cities.map((city) => AREA_OF[city] ?? city))].map((area) => ({ id: uuid(), name: area })),
      service_at_locations: locations,
      languages: (french ? [LANGUAGES[1], ...some(LANGUAGES, 0, 2)] : [LANGUAGES[0], ...some(LANGUAGES, 0, 2)])
        .filter((language, index, all) => all.indexOf(language) === index)
        .map(([languageName, code]) => ({ id: uuid(), name: languageName, code })),
      attributes: some(CATEGORIES, 1, 3).map(([id, termName]) => ({
        id: uuid(),
        taxonomy_term_id: id,
        link_type: 'service_category',
        link_entity: 'service',
        taxonomy_term: { id, name: termName, code: id, taxonomy: 'cswb-bench' },
      })),
    });
  }
  return services;
}
