/** Words the synthetic corpus is written from: plausible for the domain, clearly invented. */

export const PLACES = [
  'Tangshan', 'Anshan', 'Handan', 'Rizhao', 'Ningbo', 'Wuhan', 'Baotou', 'Panzhihua', 'Lulea', 'Duisburg',
  'Ijmuiden', 'Linz', 'Pohang', 'Kashima', 'Jamshedpur', 'Gary', 'Dunkirk', 'Taranto', 'Port Talbot', 'Ganzhou',
] as const;

export const COMPANY_NOUNS = [
  'Special Steel', 'Iron & Steel', 'Magnet Works', 'Rare Earth Materials', 'Electrical Steel', 'Green Metals',
  'Alloy Group', 'Motor Technology', 'Hydrogen Energy', 'Automotive Sheet',
] as const;

export const INSTITUTE_NOUNS = ['Metallurgy Institute', 'University of Technology', 'Materials Research Centre'] as const;

export const PUBLISHERS = [
  'Steel Wire Daily', 'Metals Ledger', 'Green Furnace Review', 'Rare Earth Monitor', 'Motor & Magnet News',
  'Asia Metals Post', 'Carbon Transition Weekly', 'EV Materials Journal', 'Smelter Times', 'Industrial Energy Report',
  'Northern Industry Herald', 'Alloy Observer', 'Plant & Process', 'Mining and Magnets', 'Heavy Industry Digest',
] as const;

export const VERBS = ['expands', 'launches', 'commissions', 'pilots', 'signs agreement on', 'unveils', 'scales up', 'invests in', 'reports progress on', 'completes'] as const;

export const OBJECTS = ['project', 'production line', 'pilot plant', 'research programme', 'partnership', 'demonstration', 'capacity', 'roadmap'] as const;

export const FIRST_NAMES = ['Li', 'Wang', 'Zhang', 'Chen', 'Anna', 'Lars', 'Priya', 'Kenji', 'Maria', 'Tom', 'Hou', 'Sofia'] as const;
export const LAST_NAMES = ['Wei', 'Ming', 'Jun', 'Hong', 'Berg', 'Sato', 'Rao', 'Keller', 'Rossi', 'Evans', 'Angui', 'Novak'] as const;
export const ROLES = ['chief executive', 'chief engineer', 'vice-president', 'head of research', 'plant director', 'chairman'] as const;

export const FIGURE_KINDS = [
  { unit: 'tons', measure: 'annual capacity', min: 10_000, max: 5_000_000 },
  { unit: 'yuan', measure: 'investment', min: 1_000_000, max: 9_000_000_000 },
  { unit: '%', measure: 'reduction in carbon emissions', min: 5, max: 95 },
  { unit: 'MW', measure: 'electrolyser capacity', min: 5, max: 800 },
  { unit: 'units', measure: 'motors delivered', min: 100, max: 200_000 },
] as const;

export const EVENT_LABELS = ['Pilot line starts', 'Plant commissioning', 'Agreement signed', 'Capacity target', 'Carbon peak target', 'First shipment'] as const;

export const FILLER = [
  'Analysts said the move reflects a wider shift in the sector.',
  'The company did not disclose further financial details.',
  'Industry groups have called for clearer standards and support.',
  'Demand from domestic manufacturers has grown steadily this year.',
  'Observers expect more projects of this kind to follow.',
  'The plan is part of a broader programme agreed with local authorities.',
] as const;
