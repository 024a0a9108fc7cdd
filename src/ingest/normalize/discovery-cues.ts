import type { OrganizationType } from '../../domain/schema';

/**
 * What the words around a capitalized name say it is — a listed company, a described one, where someone
 * holds a role, an outlet cited for reporting, an item in a list of organizations — for discovery to take
 * a name no head word marks.
 */

/** A stock listing right after a name: "Lynas Rare Earths (ASX: LYC)". */
const LISTED = /^\s*\((?:NYSE(?: American)?|NASDAQ|Nasdaq|ASX|TSXV?|LSE|AIM|HKEX|HKSE|SEHK|SSE|SZSE|KRX|KOSPI|KOSDAQ|NSE|BSE|TYO|TSE|SGX|ETR|XETRA|FRA|EPA|OTCQX|OTC|CSE|JSE|B3|BMV|Euronext)\s*:/u;
/**
 * An apposition that says what the name is: "Niron Magnetics, a Minnesota-based startup", "Qorvane, a unit of
 * …". Not one that says who someone is there: "John Hanson, a company spokesman", "Li Wei, an executive of the company".
 */
const DESCRIBED = /^,\s+(?:a|an)\s+(?:(?!(?:of|at|for|with|in|on)\s)[\p{L}\p{N}'’-]+\s+){0,4}?((?:unit|division|spin-?off|affiliate)(?=\s+of\b)|company|firm|maker|manufacturer|producer|miner|startup|start-up|supplier|developer|operator|subsidiary|automaker|carmaker|steelmaker|steel\s+producer|refiner|utility|consultancy|conglomerate)\b(?!\s+(?:spokes(?:man|woman|person)|official|executive|director|engineer|analyst|representative|source|insider|employee|manager|worker|veteran|founder|head|chief|president|lawyer|researcher|scientist)\b)/u;
/** A role held at it, before the name: "chief executive of Lynas", "spokesperson for Stegra", "a metals trader at Frankfurt-based Tradium". */
const ROLE_AT = /\b(?:CEO|chief executive(?:\s+officer)?|chairman|chairwoman|chairperson|president|founder|co-founder|spokesperson|spokesman|spokeswoman|managing director|general manager|trader|analyst|economist|researcher|engineer|executive)\s+(?:of|at|for|with)\s+(?:\p{Lu}[\p{L}-]*-based\s+)?$/iu;
/** Where a name ends its clause, so that no person's name can follow it in the same run of capitals. */
const CLAUSE_ENDS = /^\s*(?:[.,;:)]|$|\s(?:said|says|told|and)\b)/u;
/**
 * What funds, leads or runs something, before its name: "a Series A led by Altimeter", "a project funded by
 * the IESO". A person does that too, but is not written after "the", and is seldom one word on first naming.
 */
const FUNDED_BY = /\b(?:(?:round|[Ss]eries\s+[A-Z]|financing|funding|investment)\s+(?:was\s+)?(?:co-)?led\s+by|(?:funded|co-funded|financed|sponsored|organi[sz]ed|hosted|co-owned|operated)\s+by\s+the)\s+$/u;
/** A unit's head or director there: "Head of Operations and Maintenance at Gasgrid". */
const UNIT_ROLE_AT = /\b(?:head|director|manager|vice\s+president|VP)\s+(?:of|for)\s+(?:[\p{L}&'’-]+,?\s+){1,5}at\s+$/iu;
/**
 * What the name is, said right before it: "German magnet maker Magnosphere", "fast food chain McDonald's",
 * "pharmaceuticals major Merck", "technology partner Ericom", "construction company John Holland".
 */
const DESCRIBED_BEFORE =
  /\b(company|firm|maker|manufacturer|producer|miner|startup|start-up|supplier|automaker|carmaker|steelmaker|refiner|utility|consultancy|conglomerate|retailer|chain|bank|lender|insurer|operator|provider|specialist|(?<!\b(?:a|an|the|its|their|one|another)\s+)(?<=\b[a-z]+\s+)(?:giant|major)|(?<=\b(?:technology|technical|industrial|strategic|project|implementation|delivery|haulage|logistics|engineering|research|consortium|development|distribution|financing|offtake|long-standing|\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i))\s+)partner)\s+$/u;
/**
 * Descriptors that only a business takes: a longer name after them is the business's too ("parent company
 * Daimler AG"), where after "maker", "producer", "miner" or "developer" it is as often a person's
 * ("policy maker", "film producer", "coal miner").
 */
const BUSINESS_ONLY = new Set(['company', 'firm', 'manufacturer', 'startup', 'start-up', 'supplier', 'automaker', 'carmaker', 'steelmaker', 'refiner', 'utility', 'consultancy', 'conglomerate', 'retailer', 'chain', 'bank', 'lender', 'insurer', 'giant', 'major']);
/**
 * An outlet cited for what it reported, where only a medium is: at the end of a clause (", Beijing News
 * reported.", "NHK World reported on Monday"), or after the verb (", reports Nikkei Asia."). "POSCO reported
 * a profit" goes on, so it is not one.
 */
const REPORTED_AFTER = /^\s+(?:has\s+|had\s+)?(?:previously\s+|earlier\s+|first\s+)?(?:reported|reports|learned|learnt)(?:\s+(?:previously|earlier))?(?:\s+(?:on\s+)?(?:yesterday|today|earlier|last\s+\w+|this\s+\w+|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?))?\s*[.,;]/u;
const REPORTED_BEFORE = /(?:(?:^|[,;“"]\s*)(?:reports|reported)|\b(?:according\s+to\s+(?:a\s+)?report\s+(?:in|by|from|on)|(?:first\s+|previously\s+|was\s+|were\s+|been\s+)?reported\s+by(?:\s+the)?))\s+$/u;
/** What an outlet is, said after its name: "a report by AJP news agency". */
const OUTLET_AFTER = /^\s+(?:news\s+agency|newspaper|daily|magazine|website|news\s+portal|broadcaster)\s*(?:[.,;]|$)/u;
const REPORTED_OPENING = /(?:^|[,“"—–]\s*)(?:[Aa]s\s+)?(?:[Tt]he\s+)?$/u;
/**
 * What an outlet is, said right before its name: "the newspaper Izvestiya", "the local daily Shanghai Observer",
 * "fellow publication Tesmanian", ", news agency APA reports", or right after it: "the Thanh Nien newspaper".
 */
const OUTLET_BEFORE =
  /\b(?:(?:[Tt]he|[Aa]n?|[Ff]ellow|[Ss]ister)\s+(?:[\p{L}-]+\s+){0,2}(?:newspaper|magazine|journal|tabloid|broadcaster|news\s+agency|news\s+site|news\s+website|news\s+outlet|news\s+portal|publication)|(?:^|[,;(]\s*|\b(?:by|to|from|in|of)\s+)(?:news\s+agency|newspaper|broadcaster)|(?:local|national|regional|state-run|state-owned|business|financial|economic|official|party|English-language)\s+(?:daily|weekly))\s+$/u;
const OUTLET_NOUN_AFTER = /^\s+(?:news\s+agency|newspaper|news\s+portal|broadcaster|tabloid)\b/u;
/**
 * Someone talking to it ("told KKTV11 News", "explained to the Business Times", "spoke with China Media
 * Group"), or it reporting what follows ("KRDO News reported that"): a person's name fits there too, so
 * only a name an outlet would have counts (a word like News, Times or Daily, an acronym, a call sign).
 */
const TOLD_BEFORE = /\b(?:told|tells|tell|telling|informed|revealed\s+to|explained\s+to|spoke\s+(?:with|to)|speaking\s+(?:with|to)|said\s+to|(?:statement|comments?|remarks)\s+to|interview\s+with|interviewed\s+by)\s+(?:the\s+)?$/iu;
/** Telling, as opposed to speaking with or interviewing, which people are as often as outlets ("spoke with Andrew Green"). */
const TELLING = /\b(?:told|tells|telling|informed|revealed\s+to|explained\s+to|said\s+to|(?:statement|comments?|remarks)\s+to)\s+(?:the\s+)?$/iu;
/**
 * Where what was told ends right after the name: "told Rest of World.", "told Tech Brew that", "told Argus in June".
 * News tells an outlet by name far more often than a person, though not a house of parliament, and a person
 * is the one described after the comma ("told Andrew Green, the Executive Director").
 */
const TOLD_ENDS = /^\s*(?:[.;:)]|,(?!\s+(?:the|a|an|who|whose|its|his|her)\b)|$|\s(?:that|via|on|last|earlier|this|recently|exclusively|in\s+(?:an?\s+)?(?:interview|e-?mail|statement|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)))/u;
const AUDIENCES = /^(?:Parliament|Congress|Senate|Commons|House|Lords|Assembly|Cabinet|Council|Court|Committee|MPs|MEPs|Duma|Diet|Bundestag)$/u;
/** Its staff, right after it: "told Cailin.com reporters". */
const REPORTERS_AFTER = /^\s+(?:reporters?|journalists?|correspondents?)\b/u;
const REPORTED_THAT = /^\s+(?:has\s+|had\s+)?(?:reported|reports|wrote|writes)\s+that\b/u;
const OUTLET_WORD = /^(?:News|Times|Daily|Post|Journal|Magazine|Herald|Tribune|Gazette|Chronicle|Review|Weekly|Insider|Press|Wire|Radio|TV|Television|Broadcasting|Media|Brief|Report|Today|Online|Observer|Standard|Telegraph|Express|Mail|Monitor|Dispatch|Courier|Sun|FM|Newswire)$/u;
/** An outlet's web address used as its name: "according to a report on Knoxvillebiz.com". */
const DOMAIN = /\.(?:com|net|org|info|news|co\.uk|co|in|cn|au|my)$/u;
/** A state's journal of laws, where acts are published rather than news reported: "published in the Federal Gazette". */
const OFFICIAL_JOURNAL = /^(?:Federal|Official|Government|State|National)\s+(?:Law\s+)?Gazette$/u;
/** What cites an outlet by a name that says it is one: "according to The Kyiv Independent", "per the Liberty Times", "from The Korea Herald". */
const CITED_BEFORE = /\b(?:according\s+to|as\s+per|per|citing|cited\s+by|seen\s+by|obtained\s+by|published\s+(?:by|in|on)|appeared\s+(?:in|on)|from)\s+(?:the\s+|The\s+)?$/u;
export const isWebAddress = (name: string) => DOMAIN.test(name);
/** A word only an outlet's name has, or a web address: unlike an acronym, not also a ministry's or a company's. */
const namesOutlet = (name: string) => isWebAddress(name) || name.split(/\s+/u).some((word) => OUTLET_WORD.test(word));
/** Whether a name is one an outlet would have: an outlet's word in it, or one word in capitals and digits. */
export const isOutletName = (name: string) => namesOutlet(name) || /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(name);
const DESCRIBED_TYPE: Record<string, OrganizationType> = { miner: 'mining', automaker: 'automotive', carmaker: 'automotive', steelmaker: 'steelmaker', 'steel producer': 'steelmaker', utility: 'energy' };

/** Whether the words next to a name say what outlet it is: ", news agency APA reports", "the Thanh Nien newspaper". */
export const describedAsOutlet = (before: string, after: string) => OUTLET_BEFORE.test(before) || OUTLET_NOUN_AFTER.test(after);

/** What the words around a name say it is: a listed company, a described one, or where someone holds a role. */
export function cueOf(name: string, before: string, after: string): { type: OrganizationType; rule: string } | null {
  if (LISTED.test(after)) return { type: 'company', rule: 'listed on an exchange' };
  const described = DESCRIBED.exec(after)?.[1]?.replace(/\s+/gu, ' ');
  if (described) return { type: DESCRIBED_TYPE[described] ?? 'company', rule: `described as a ${described}` };
  const role = ROLE_AT.exec(before) ?? UNIT_ROLE_AT.exec(before);
  if (role) {
    // A title written before a name ("Deputy Chairman of OPAZ Ahmed al-Sunaidy", "CEO of Duqm Port Reggy
    // Vermeulen") puts the person's name right after the organization's: where a longer name ends is unknown,
    // unless the title follows the person ("Karin Rådström, CEO of Mercedes-Benz Trucks, said").
    const apposed = /,\s*$/u.test(before.slice(0, role.index)) && CLAUSE_ENDS.test(after);
    return /\s/u.test(name) && /^\p{Lu}/u.test(role[0]) && !apposed ? null : { type: 'company', rule: 'where someone holds a role' };
  }
  if (FUNDED_BY.test(before) && CLAUSE_ENDS.test(after) && (!/\s/u.test(name) || /\bthe\s+$/u.test(before))) return { type: 'company', rule: 'funding or running something' };
  if ((REPORTED_AFTER.test(after) && REPORTED_OPENING.test(before)) || (REPORTED_BEFORE.test(before) && (/^\s*(?:[.,;]|$)/u.test(after) || OUTLET_AFTER.test(after)))) return { type: 'media', rule: 'cited as reporting' };
  if (isOutletName(name) && REPORTED_THAT.test(after) && REPORTED_OPENING.test(before)) return { type: 'media', rule: 'cited as reporting' };
  if (TOLD_BEFORE.test(before) && (isOutletName(name) || REPORTERS_AFTER.test(after) || (TELLING.test(before) && TOLD_ENDS.test(after) && !AUDIENCES.test(name)))) return { type: 'media', rule: 'cited as told' };
  if (namesOutlet(name) && !OFFICIAL_JOURNAL.test(name) && CITED_BEFORE.test(before)) return { type: 'media', rule: 'cited as a source' };
  if (describedAsOutlet(before, after)) return { type: 'media', rule: 'described as an outlet' };
  return null;
}

/**
 * What the words right before a name call it: "German magnet maker Magnosphere"; a longer name only after a
 * word that a business alone takes (`single` is whether the name is one word).
 */
export function describedBefore(before: string, single: boolean): { type: OrganizationType; rule: string } | null {
  const kind = DESCRIBED_BEFORE.exec(before)?.[1];
  if (!kind || (!single && !BUSINESS_ONLY.has(kind))) return null;
  return { type: DESCRIBED_TYPE[kind] ?? 'company', rule: `described as a ${kind}` };
}

/** One item of a list: a known organization (masked as `#`) or up to four capitalized words. */
const ITEM = String.raw`(?:#+|\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,3})`;
const ITEMS_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}#'’.-])(?:${ITEM},\s+)*(?:${ITEM},?\s+(?:and|or)\s+)?$`, 'u');
const ITEMS_AFTER = new RegExp(String.raw`^(?:,\s+${ITEM})*(?:,?\s+(?:and|or)\s+${ITEM})?`, 'u');
const ITEMS = new RegExp(ITEM, 'gu');
/** Words that say a list is of organizations: "conglomerates like …", "automakers such as …", "customers, including …". */
const LIST_INTRO = /\b(companies|firms|groups|conglomerates|steelmakers|steel\s+producers|automakers|carmakers|producers|makers|manufacturers|suppliers|miners|players|rivals|peers|customers|clients|partners|members|investors|backers|shareholders|lenders|banks|utilities|start-?ups|OEMs|brands|retailers|airlines|giants|majors)(?:\s+of\s+[\p{L}\s-]{1,60}?,)?,?\s+(?:such\s+as|like|including|namely)\s+$/iu;
/** Lists of these name people as readily as firms ("members including Wang Jianping"): they vouch for one-word names only. */
const PEOPLE_TOO = /^(?:players|rivals|peers|customers|clients|partners|members|investors|backers|shareholders|lenders)$/iu;
const LIST_TYPE: Record<string, OrganizationType> = { steelmakers: 'steelmaker', 'steel producers': 'steelmaker', automakers: 'automotive', carmakers: 'automotive', miners: 'mining', utilities: 'energy' };

/**
 * A name in a list that the text says is of organizations ("conglomerates like Vedanta, Hindalco and
 * ACC", "manufacturers of control systems, such as Huichuan Technology"), or, for a one-word name
 * (`single`), in a list of three or more where two are known ones ("Baowu, HBIS and Jingye"): its
 * neighbours say what it is. Beside known names alone, a longer name is as often a person's or a place's.
 * @example listCue('Peers like Vedanta, ', ' and ACC grew', true) // { type: 'company', rule: 'listed among peers' }
 */
export function listCue(before: string, after: string, single: boolean): { type: OrganizationType; rule: string } | null {
  const earlier = ITEMS_BEFORE.exec(before)?.[0] ?? '';
  const later = ITEMS_AFTER.exec(after)?.[0] ?? '';
  // The first item may be a phrase ahead of the sentence ("In Tangshan, Baowu and HBIS cut output"): a name counts from the second on, or after an introduction.
  const others = [...`${earlier} ${later}`.matchAll(ITEMS)].map((match) => match[0]);
  if (others.length === 0) return null;
  const intro = LIST_INTRO.exec(before.slice(0, before.length - earlier.length))?.[1]?.replace(/\s+/gu, ' ').replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase());
  if (intro && (single || !PEOPLE_TOO.test(intro))) return { type: LIST_TYPE[intro] ?? 'company', rule: `listed among ${intro}` };
  const known = others.filter((item) => item.startsWith('#')).length;
  return single && earlier !== '' && others.length >= 2 && known >= 2 ? { type: 'company', rule: 'listed beside known organizations' } : null;
}
