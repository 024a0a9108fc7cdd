import type { OrganizationType } from '../../domain/schema';

/**
 * What makes a capitalized run of words an organization's name, and what its kind probably is: the
 * word that heads it ("… University", "Ministry of …", "… Co., Ltd."). Shared by discovery and by the
 * clustering of the names it finds.
 */

/** Legal forms: they end a company's name and say nothing about which company it is. */
const LEGAL_FORMS = new Set([
  'Co', 'Company', 'Corp', 'Corporation', 'Inc', 'Incorporated', 'Ltd', 'Limited', 'LLC', 'LLP', 'LP', 'plc', 'PLC',
  'AG', 'SE', 'SA', 'S.A', 'SpA', 'S.p.A', 'GmbH', 'NV', 'N.V', 'BV', 'AB', 'ASA', 'Oy', 'Oyj', 'KK', 'Pte', 'Pvt', 'Bhd', 'Sdn',
  'Tbk', 'Pty', 'NL', 'JSC', 'PJSC', 'OJSC', 'SAS',
]);

/** Words that head a name, with the kind they suggest. A legal form suggests a company. */
const HEAD_WORDS: Record<string, OrganizationType> = {
  University: 'university',
  College: 'university',
  Institute: 'research-institute',
  Laboratory: 'research-institute',
  Laboratories: 'research-institute',
  Academy: 'research-institute',
  Ministry: 'government',
  Department: 'government',
  Commission: 'government',
  Agency: 'government',
  Administration: 'government',
  Bureau: 'government',
  Authority: 'government',
  Government: 'government',
  Association: 'industry-association',
  Federation: 'industry-association',
  Chamber: 'industry-association',
  Council: 'industry-association',
  Alliance: 'alliance',
  Coalition: 'alliance',
  Network: 'alliance',
  Committee: 'government',
  Embassy: 'government',
  Consulate: 'government',
  Parliament: 'government',
  Treasury: 'government',
  Consortium: 'alliance',
  Group: 'company',
  Holdings: 'company',
  Holding: 'company',
  Steel: 'steelmaker',
  Mining: 'mining',
  Minerals: 'mining',
  Resources: 'mining',
  Motors: 'automotive',
  Energy: 'energy',
  Renewables: 'energy',
  Power: 'energy',
  Electric: 'technology',
  Auto: 'automotive',
  Cement: 'company',
  Chemical: 'company',
  Chemicals: 'company',
  Technologies: 'technology',
  Engineering: 'technology',
  Center: 'research-institute',
  Centre: 'research-institute',
  Office: 'government',
  Organization: 'government',
  Organisation: 'government',
  Society: 'industry-association',
  Union: 'industry-association',
  Foundation: 'research-institute',
  Bank: 'company',
  Fund: 'company',
  Exchange: 'company',
  Industries: 'company',
  Capital: 'company',
  Partners: 'company',
  Investments: 'company',
  Ventures: 'company',
  Division: 'company',
  Metals: 'company',
  Materials: 'company',
  Systems: 'technology',
  Solutions: 'technology',
  Logistics: 'company',
  Telecom: 'technology',
  Board: 'government',
  Mines: 'mining',
};

/**
 * Heads that take their distinctive words after a preposition: "of" ("Ministry of Steel", "Office of
 * Management and Budget"), "for" ("Centre for Trade and Investment Law") or "on" ("Council on Environmental Quality").
 */
const COMPLEMENT_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['of', new Set(['University', 'Institute', 'Academy', 'Ministry', 'Department', 'Bureau', 'Chamber', 'Federation', 'Association', 'Council', 'Government', 'Commission', 'Administration', 'Union', 'Embassy', 'Consulate', 'Parliament', 'Office', 'Authority', 'Agency', 'Bank', 'Society', 'Committee', 'Organization', 'Organisation'])],
  ['for', new Set(['Center', 'Centre', 'Institute', 'Alliance', 'Coalition', 'Council', 'Foundation', 'Agency', 'Commission', 'Association', 'Federation', 'Society', 'Office', 'Fund', 'Network', 'Committee', 'Consortium', 'Organization', 'Organisation', 'Department', 'Ministry', 'Authority'])],
  ['on', new Set(['Council', 'Committee', 'Commission', 'Office'])],
]);

/**
 * Words that, alone or together, never single out an organization: "National Steel Group",
 * "Research Institute" and "Energy Ministry" need one more word that names someone.
 */
const GENERIC = new Set([
  'National', 'International', 'Global', 'World', 'State', 'Federal', 'Central', 'Provincial', 'Municipal', 'Regional',
  'General', 'New', 'United', 'China', 'Chinese', 'Research', 'Development', 'Industry', 'Industrial', 'Industries',
  'Technology', 'Science', 'Sciences', 'Trade', 'Commerce', 'Economy', 'Economic', 'Finance', 'Environment',
  'Iron', 'Metal', 'Metals', 'Special', 'Green', 'Clean', 'Low', 'Carbon', 'Hydrogen', 'Power', 'Electric', 'Rare',
  'Earth', 'Earths', 'Materials', 'Products', 'Equipment', 'Machinery', 'Innovation', 'Information', 'Natural',
  'Affairs', 'Public', 'Security', 'Standards', 'Standardization', 'Transport', 'Education', 'Health', 'Foreign',
  'Home', 'Interior', 'Defense', 'Defence', 'Justice', 'Labour', 'Labor', 'Planning', 'Policy', 'Climate',
  'Renewable', 'Renewables', 'Market', 'Markets', 'Customs', 'Statistics', 'Services', 'Solutions', 'Systems',
  'Manufacturing', 'Automotive', 'Vehicle', 'Vehicles', 'Battery', 'Batteries', 'Magnet', 'Magnets', 'Permanent', 'Synchronous', 'Induction', 'Reluctance', 'Traction', 'Mineral',
  'Company', 'Business', 'Businesses', 'Sector', 'Companies', 'Steelmakers', 'Producers', 'Makers',
  'Efficiency', 'Efficient', 'Advanced', 'High-Strength', 'High-strength', 'Ultra-High-Strength', 'Stainless', 'Electrical',
  'Silicon', 'Galvanized', 'Coated', 'Non-Oriented', 'Non-oriented', 'Grain-Oriented', 'Grain-oriented', 'Oriented', 'Hot-rolled', 'Cold-rolled', 'Crude', 'Fossil-free', 'Fossil-Free', 'Low-carbon',
  'Low-Carbon', 'Zero-carbon', 'Carbon-neutral', 'Structural', 'Alloy', 'Specialty', 'Project', 'Programme', 'Program',
  'Permanent', 'Motor', 'Motors', 'Plant', 'Mill', 'Works', 'Steelworks', 'Base', 'Line', 'Unit', 'Team', 'Division', 'Operations', 'Flat', 'Long',
  // What a plant, a sector or a department does: "Integrated Steel sector", "Energy Management Department".
  'Specific', 'Integrated', 'Management', 'Multi-National', 'Multinational', 'Total', 'Annual', 'Overall', 'Net', 'Primary',
  'Secondary', 'Conservation', 'Consumption', 'Saving', 'Savings', 'Performance', 'Quality', 'Safety', 'Operation',
  'Sales', 'Marketing', 'Procurement', 'Corporate', 'Strategic', 'Sustainability', 'Sustainable', 'Digital', 'Smart',
  'Service', 'Intelligent', 'Intelligence', 'Joint', 'Venture', 'Technical', 'Technological',
  // A firm's own boards: "Supervisory Board", "Board of Directors".
  'Supervisory', 'Executive', 'Advisory', 'Editorial', 'Directors', 'Governors', 'Governing', 'Trustees', 'Audit', 'Hub',
  // … and those that steer or run it: "Managing Board", "Steering Committee", "Global Purchasing and Supply Chain".
  'Managing', 'Steering', 'Purchasing', 'Supply', 'Chain', 'Segment',
  // A unit or a ministry by what it is: "Vice President of Commercial Operations", "the Competent Ministry".
  'Commercial', 'Competent', 'Relevant', 'Responsible',
  // A firm's or a party's own departments and committees: "Production Department", "PR & Advertising Department", "Party Committee".
  'Production', 'Product', 'Design', 'Party', 'Analytical', 'Studies', 'Advertising', 'PR', 'HR', 'HRD', 'Excellence', 'Personnel', 'Accounts',
  // A firm's functions: "Legal Department", "Electronic Instrument Control Department", "R&D Centre".
  'Legal', 'Control', 'Instrument', 'Electronic', 'Analysis', 'Practices', 'Best', 'Steelmaking', 'Consulting', 'Protection', 'R&D',
  // Steel products and what they are made for: "Advanced High Strength Steel", "Processed Critical Minerals".
  'High', 'Strength', 'Ultra', 'Critical', 'Processed',
  // Steel products: "Cold Rolled Grain Oriented Electrical Steel" is a grade, not a steelmaker.
  'Cold', 'Hot', 'Rolled', 'Grain', 'Giga', 'Coil', 'Coils', 'Sheet', 'Strip', 'Plate', 'Rebar', 'Pipe', 'Pipes', 'Pipeline', 'Pipelines', 'Tube', 'Tubes',
  // What an industry or its goods are: "Heavy Industries", "Aluminum Smelting Industries", "EV Solutions".
  'Heavy', 'Environmental', 'Alternative', 'EV', 'EVs', 'Aluminum', 'Aluminium', 'Smelting',
  // How an industry uses energy, and what a product does: "Energy Intensive Industries", "Evaporative Cooling Systems".
  'Intensive', 'Energy-Intensive', 'Consuming', 'Energy-Consuming', 'Explosion-Proof', 'Evaporative', 'Cooling', 'Heating',
  'Electrically', 'Excited', 'Autonomous', 'Offshore', 'Onshore', 'Cloud', 'Future-Ready',
  // Kinds of power and drive: "Wind Power" and "Hybrid Electric" are no companies.
  'Wind', 'Solar', 'Nuclear', 'Hybrid', 'Thermal', 'Hydro', 'Hydroelectric', 'Coal', 'Gas', 'Geothermal', 'Tidal', 'Fuel', 'Plug-in',
  // Nationalities: "European Steel Group" could be anyone's; a city or a family name is what singles one out.
  'America', 'American', 'US', 'U.S', 'USA', 'Europe', 'European', 'EU', 'Asia', 'Asian', 'India', 'Indian', 'Japan',
  'Japanese', 'Korea', 'Korean', 'South', 'North', 'East', 'West', 'Eastern', 'Western', 'German', 'Germany', 'British',
  'UK', 'French', 'Swedish', 'Australian', 'Russian', 'Brazilian', 'Canadian', 'Italian', 'Spanish', 'Turkish',
  ...Object.keys(HEAD_WORDS), ...LEGAL_FORMS,
]);

/** Days and months: a date written before or after a name is not part of it. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]);

/** Capitalized only because they open a sentence or phrase, or name a time: never a name's first word. */
export const LEADING_STOPWORDS = new Set([
  'The', 'This', 'That', 'These', 'Those', 'A', 'An', 'Its', 'Their', 'His', 'Her', 'Our', 'In', 'On', 'At', 'To',
  'For', 'By', 'As', 'And', 'But', 'Or', 'Under', 'During', 'After', 'Before', 'With', 'From', 'Through', 'Since',
  'While', 'When', 'Although', 'Though', 'Because', 'Unless', 'Whereas', 'Whether', 'Once', 'Until', 'Both', 'Each', 'Every', 'Some', 'Many', 'Other', 'Several', 'Meanwhile', 'However', 'If',
  'Moreover', 'Also', 'Additionally', 'Similarly', 'Yesterday', 'Today', 'Last', 'Next', 'Earlier', 'Later',
  'According', 'Among', 'Including', 'Led', 'Via', 'Per', 'Chairman', 'Chairwoman', 'President', 'CEO', 'Director',
  'Minister', 'Secretary', 'Professor', 'Vice', 'Vice-President', 'Vice-Chairman', 'Deputy', 'Chief', 'Head', 'Founder', 'Spokesperson', 'Spokesman',
  'Mr', 'Ms', 'Mrs', 'Dr', 'Prof', 'Following', 'Despite', 'Amid', 'Given', 'Without', 'Within', 'Across', 'Against', 'Beyond',
  'Toward', 'Towards', 'Upon', 'Like', 'Unlike', 'Regarding', 'Concerning', 'Besides', 'Alongside', 'Throughout',
  'Now', 'Then', 'Here', 'There', 'Still', 'Yet', 'Thus', 'Hence', 'Instead', 'Indeed', 'Recently', 'Currently', 'Finally', 'Overall',
  'Together', 'Again', 'Already', 'Soon', 'Furthermore', 'Nevertheless', 'Nonetheless', 'Notably', 'Ultimately', 'Initially', 'Previously', ...CALENDAR_WORDS,
]);

/**
 * Words that make a capitalized run a document or a programme, not a body: "Special Action Plan for
 * Energy Conservation", "Hydrogen Strategy", "Inflation Reduction Act". (A plant, "Pohang Steelworks", is
 * refused another way: "Steelworks" is a generic word that heads no name.)
 */
const DOCUMENT_WORDS = new Set(['Plan', 'Plans', 'Strategy', 'Roadmap', 'Act', 'Law', 'Scheme', 'Guidelines', 'Regulation', 'Regulations', 'Directive', 'Award', 'Awards']);

const stripDot = (word: string) => word.replace(/\.$/, '');
// "CO., LTD." as well: some releases write the legal form in capitals.
const LEGAL_FORMS_IN_CAPITALS = new Set([...LEGAL_FORMS].map((form) => form.toUpperCase()));
const isOneLegalForm = (bare: string) => LEGAL_FORMS.has(bare) || LEGAL_FORMS_IN_CAPITALS.has(bare);
/** A legal form, or two run together as Chinese firms' English names write them: "Co.Ltd", "Co.,Ltd.". */
export const isLegalForm = (word: string) => {
  const bare = stripDot(word.replace(/,$/, ''));
  return isOneLegalForm(bare) || (/^\p{Lu}\p{L}*\.,?\p{Lu}\p{L}*$/u.test(bare) && bare.split(/\.,?/u).every(isOneLegalForm));
};
const isGeneric = (word: string) => GENERIC.has(stripDot(word)) || /^\d/.test(word);

/** A single word that can name an organization by itself: capitalized, not generic, not a sentence opener. */
export const isDistinctiveWord = (word: string) => /^\p{Lu}[\p{L}\p{N}&-]{2,}$/u.test(stripDot(word)) && !isGeneric(word) && !LEADING_STOPWORDS.has(stripDot(word));

/** The kind a head word suggests, or null when the word heads no name. */
export function headType(word: string): OrganizationType | null {
  const bare = stripDot(word.replace(/,$/, ''));
  // Written as firms write it: a headline's "COMPANY" in capitals heads nothing.
  if (LEGAL_FORMS.has(bare) || (bare.includes('.') && isLegalForm(bare))) return 'company';
  return HEAD_WORDS[bare] ?? null;
}

/** Whether `word` heads a name that goes on after `preposition`: takes('Ministry', 'of'), takes('Centre', 'for'). */
export const takes = (word: string, preposition: string | undefined) => COMPLEMENT_HEADS.get(preposition ?? '')?.has(word) === true;

/** Words before "Center" that make it a place where work is done, not a body: "Global Data Center", "Lünen Recycling Center". */
const FACILITY_WORDS = new Set(['Data', 'Service', 'Recycling', 'Operations', 'Expo', 'Exhibition', 'Convention', 'Conference', 'Distribution', 'Logistics', 'Processing', 'Shopping', 'Call', 'Visitor', 'Visitors', 'Sports']);
/** Whether a head and the word before it name a facility: namesFacility('Data', 'Center') is true; "Innovation Center" is a body. */
export const namesFacility = (before: string | undefined, head: string) => /^Cent(?:er|re)$/u.test(stripDot(head)) && FACILITY_WORDS.has(before ?? '');

/**
 * Words before "Fund" that make it a grant programme, not an investor: "Just Transition Fund", "EU Innovation Fund",
 * "Industrial Energy Transformation Fund", "Emissions Reduction Fund", "Texas Enterprise Fund".
 */
const GRANT_WORDS = new Set([
  'Transition', 'Innovation', 'Conservation', 'Modernisation', 'Modernization', 'Cohesion', 'Adaptation', 'Solidarity',
  'Transformation', 'Development', 'Enterprise', 'Reduction', 'Infrastructure', 'Hydrogen', 'Decarbonisation', 'Decarbonization',
  'Recovery', 'Resilience', 'Growth', 'Manufacturing',
]);
/** Whether a head and the word before it name a grant programme: namesGrant('Innovation', 'Fund') is true; "Public Investment Fund" invests. */
export const namesGrant = (before: string | undefined, head: string) => stripDot(head) === 'Fund' && GRANT_WORDS.has(before ?? '');

/** Whether the words name a document or a programme ("… Plan", "… Act") rather than a body. */
export const namesDocument = (words: readonly string[]) => words.some((word) => DOCUMENT_WORDS.has(stripDot(word)));

/**
 * Words that, right after a head word, make it a word of a programme's or an event's name: "IEA Steel
 * Roadmap", "EPA Energy Star", "CALSTART Green Steel Program". Not document words anywhere in a name: a
 * body may be called so ("United Nations Environment Programme", "Science Based Targets initiative").
 */
const PROGRAMME_WORDS = new Set([...DOCUMENT_WORDS, 'Initiative', 'Program', 'Programme', 'Star', 'Conference', 'Summit', 'Report', 'Index', 'Prize', 'Fund', 'Project', 'Week', 'Expo', 'Recovery']);
export const namesProgramme = (word: string) => PROGRAMME_WORDS.has(stripDot(word));

/**
 * Whether a run of words can stand as an organization's name: two to nine words, at least one of
 * them naming someone (a city or a family name counts; generic words and nationalities do not), no
 * word that only opens a sentence, and none that makes it a document ("… Plan", "… Act").
 * @example isPlausibleName(['Jianlong', 'Group']) // true
 * @example isPlausibleName(['National', 'Steel', 'Group']) // false
 */
export function isPlausibleName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 9) return false;
  if (LEADING_STOPWORDS.has(words[0] ?? '') || namesDocument(words)) return false;
  return words.some((word) => /^[\p{Lu}\p{N}]/u.test(word) && !isGeneric(word) && !isLegalForm(word) && !LEADING_STOPWORDS.has(word) && !/^\d+$/.test(word) && !RATING.test(word));
}

/** A grade's stars ("Five-Star Green Steel" is a rating of a steel, not a steelmaker). */
const RATING = /^(?:\d|One|Two|Three|Four|Five|Six|Seven)-Stars?$/iu;

/**
 * The key under which variants of one name become one organization: case, "&", punctuation and
 * legal forms do not tell companies apart. e.g. "HBIS Group Co., Ltd." and "HBIS Group" → "hbis group".
 */
export function clusterKey(name: string): string {
  const words = name
    .replace(/[()]/g, ' ')
    .replace(/\s*&\s*/g, ' and ')
    .split(/[\s,]+/u)
    .filter((word) => word !== '' && !isLegalForm(word));
  return words
    .join(' ')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[.’'"“”]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A URL-safe id for a discovered name, from its cluster key.
 * e.g. "Jianlong Group" → "jianlong-group"; "Société Générale" → "societe-generale"
 */
export function slugOf(key: string): string {
  return key
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
}

/** Whether the initials of `words` spell the abbreviation ("China Iron and Steel Research Institute" → "CISRI"). */
export function spellsAbbreviation(words: readonly string[], abbreviation: string): boolean {
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, '');
  const initials = words.filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');
  if (letters.length < 2 || initials[0] !== letters[0]) return false;
  let at = 0;
  for (const initial of initials) if (initial === letters[at]) at += 1;
  return at === letters.length;
}
