import iconv from 'iconv-lite';
import { gzipSync } from 'node:zlib';
import { Random } from '../../src/synthetic/prng';

/** One article the corpus holds, and what the ingest must make of it. */
export interface Truth {
  title: string;
  /** The publication day the source states, or null when it states none the ingest can trust. */
  day: string | null;
}

export interface GeneratedCorpus {
  files: { path: string; bytes: Uint8Array }[];
  /** Distinct articles, by title: what must come out. */
  articles: Map<string, Truth>;
  /** Files that must fail, with a pattern their reason matches. */
  bad: Map<string, RegExp>;
  /** Items written twice on purpose (same GUID in another file): merged, not lost. */
  duplicates: number;
}

const SUBJECTS = ['Baowu', 'HBIS', 'Tata Steel', 'POSCO', 'Stegra', 'Nippon Steel', 'ArcelorMittal', 'Jianlong', 'SSAB', 'Baogang'];
const ACTIONS = ['starts a hydrogen shaft furnace', 'ships coated EV steel', 'retrofits permanent magnet motors', 'cuts energy intensity', 'signs a rare earth supply deal', 'sets a carbon peak target', 'opens a digital twin centre'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_PT = ['Jan', 'Fev', 'Mar', 'Abr', 'Mai', 'Jun', 'Jul', 'Ago', 'Set', 'Out', 'Nov', 'Dez'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const WEEKDAYS_PT = ['Dom', 'Seg', 'Ter', 'Qua', 'Qui', 'Sex', 'Sáb'];
const pad = (n: number) => String(n).padStart(2, '0');
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Body text with the quirks real items carry: curly quotes, a euro sign, and sometimes a phone number or a founding date. */
function bodyOf(random: Random, title: string, index: number): string {
  const extra = random.pick([
    '',
    ' Call 0172 10 10 951 for the press office.',
    ' The company, founded on 7 July 2011, employs 9,000 people.',
    ' Output: 12 14 16.5 18 tonnes.',
  ]);
  return `${title}: the company’s “green” plan costs €${index + 2} million and cuts emissions by ${10 + (index % 40)}% by 2030.${extra} Its chairman said the plant would run on hydrogen from 2027.`;
}

/**
 * A deterministic corpus of thousands of raw items in the shapes real sources take: RSS and
 * prefixed-namespace Atom feeds with English and Portuguese dates, WordPress post arrays, plain texts in
 * seven encodings (some undeclared, one gzipped), items repeated under the same GUID, items sharing one
 * link, odd values (a six-digit pubDate, a phone number), and broken files.
 */
export function generateCorpus(seed: number, feeds: number, perFeed: number): GeneratedCorpus {
  const random = new Random(seed);
  const files: GeneratedCorpus['files'] = [];
  const articles = new Map<string, Truth>();
  const bad = new Map<string, RegExp>();
  let duplicates = 0;
  let serial = 0;
  const nextTitle = () => `${random.pick(SUBJECTS)} ${random.pick(ACTIONS)} (item ${++serial})`;
  const nextDay = () => ({ y: 2015 + random.int(0, 10), m: random.int(1, 12), d: random.int(1, 28) });
  const iso = (t: { y: number; m: number; d: number }) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
  const weekday = (t: { y: number; m: number; d: number }) => new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay();

  for (let f = 0; f < feeds; f++) {
    const kind = f % 4;
    const items: string[] = [];
    const sharedLink = f % 5 === 0 ? `https://podcast${f}.example.com/` : null;
    for (let i = 0; i < perFeed; i++) {
      const title = nextTitle();
      const t = nextDay();
      const odd = random.chance(0.03);
      const body = bodyOf(random, title, i);
      const link = sharedLink ?? `https://news${f}.example.com/${serial}`;
      const guid = `urn:steel:${f}:${i}`;
      articles.set(title, { title, day: odd ? null : iso(t) });
      if (kind === 0) {
        const date = odd ? '031231' : `${WEEKDAYS_EN[weekday(t)]}, ${pad(t.d)} ${MONTHS_EN[t.m - 1]} ${t.y} 08:00:00 GMT`;
        items.push(`<item><title>${escapeXml(title)}</title><link>${link}</link><guid isPermaLink="false">${guid}</guid><pubDate>${date}</pubDate><description>${escapeXml(body)}</description></item>`);
      } else if (kind === 1) {
        const date = odd ? '031231' : `${WEEKDAYS_PT[weekday(t)]}, ${pad(t.d)} ${MONTHS_PT[t.m - 1]} ${t.y} 10:00:00 -0300`;
        items.push(`<item><title>${escapeXml(title)}</title><link>${link}</link><guid isPermaLink="false">${guid}</guid><pubDate>${date}</pubDate><description>${escapeXml(body)}</description></item>`);
      } else if (kind === 2) {
        const date = odd ? '0000-00-00T00:00:00Z' : `${iso(t)}T08:00:00Z`;
        items.push(`<a:entry><a:title>${escapeXml(title)}</a:title><a:id>${guid}</a:id><a:link href="${link}"/><a:published>${date}</a:published><a:updated>${date}</a:updated><a:content type="text">${escapeXml(body)}</a:content></a:entry>`);
      } else {
        items.push(JSON.stringify({ id: 1000 * f + i, link, date_gmt: odd ? '031231' : `${iso(t)}T08:00:00`, modified_gmt: `${iso(t)}T09:00:00`, status: 'publish', type: 'post', title: { rendered: escapeXml(title) }, content: { rendered: `<p>${escapeXml(body)}</p>` } }));
      }
    }
    const path = ['feeds/f', 'feeds/pt', 'atom/a', 'wp/posts'][kind]! + `-${f}.${kind === 3 ? 'json' : 'xml'}`;
    const text =
      kind === 3
        ? `[${items.join(',')}]`
        : kind === 2
          ? `<?xml version="1.0" encoding="utf-8"?><a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>Atom ${f}</a:title>${items.join('')}</a:feed>`
          : `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${f}</title><link>https://news${f}.example.com/</link><language>${kind === 1 ? 'pt-BR' : 'en'}</language>${items.join('')}</channel></rss>`;
    files.push({ path, bytes: new TextEncoder().encode(text) });
    // The same items again in a mirror file: the same GUIDs, merged as true duplicates.
    if (f % 7 === 3 && kind !== 3) {
      files.push({ path: `mirror/${path.replace(/\//g, '-')}`, bytes: new TextEncoder().encode(text) });
      duplicates += perFeed;
    }
  }

  // Plain texts in the encodings pages come in, most undeclared; one gzipped under a .txt name.
  const encodings = ['utf-8', 'windows-1252', 'EUC-JP', 'GB2312', 'KOI8-R', 'utf-16le', 'EUC-KR'];
  const natives: Record<string, string> = {
    'EUC-JP': '日本製鉄は水素還元製鉄の実証試験を開始したと発表した。電磁鋼板の生産も拡大する。',
    GB2312: '宝武集团表示，湛江基地的氢基竖炉已经投产，将大幅减少钢铁生产的碳排放。',
    'KOI8-R': 'Северсталь заявила, что начнёт производство стали с использованием водорода.',
    'EUC-KR': '포스코는 수소환원제철 기술 개발을 위한 시험 설비를 착공했다고 밝혔다.',
  };
  for (let p = 0; p < encodings.length * 20; p++) {
    const encoding = encodings[p % encodings.length]!;
    const title = nextTitle();
    const t = nextDay();
    const native = natives[encoding] ?? '';
    const text = `${title}\nPublished: ${t.d} ${MONTHS_EN[t.m - 1]} ${t.y}\n${bodyOf(random, title, p)} ${native} ${native}\n`;
    articles.set(title, { title, day: iso(t) });
    const bytes = iconv.encode(text, encoding);
    files.push({ path: `texts/${encoding.toLowerCase()}-${p}.txt`, bytes: p === 0 ? gzipSync(bytes) : bytes });
  }

  bad.set('broken/truncated.xml', /malformed XML|cut off/);
  files.push({ path: 'broken/truncated.xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Cut') });
  bad.set('broken/binary.bin', /binary/);
  files.push({ path: 'broken/binary.bin', bytes: Uint8Array.from([0, 1, 2, 3, 255, 0, 7, 8]) });
  bad.set('broken/sitemap.xml', /not an article/);
  files.push({ path: 'broken/sitemap.xml', bytes: new TextEncoder().encode('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example.com/</loc></url></urlset>') });
  return { files, articles, bad, duplicates };
}
