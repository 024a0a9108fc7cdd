// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dayPart } from '../../../src/ingest/normalize/dateline';
import { readPlainText } from '../../../src/ingest/readers/plain-text';
import { readSeed } from './fixtures';

const readSeedText = (name: string) => readPlainText(new TextDecoder().decode(readSeed(name)));

describe('readPlainText on the seeds', () => {
  it.each([
    ['000_fa8ab69e4dd8b688.txt', 'Baogang Deepens Strategic Ties with Top Chinese Universities and Hydrogen Metallurgy Innovators', 3],
    ['001_50f0fd16bd848828.txt', 'Baogang Steel Pushes to the Front of China’s Green Industrial Revolution', 3],
    ['002_5c8d53fa7e8bfccc.txt', undefined, 3],
    ['003_c7c6dbe900089e74.txt', 'Metallurgical innovation alliance formed in Shanghai', 0],
  ])('%s: title %j, %i highlights', (name, title, highlights) => {
    const article = readSeedText(name);
    expect(article.title).toBe(title);
    expect(article.highlights).toHaveLength(highlights);
    expect(article.format).toBe('text');
  });

  it('folds nested highlight items into their parent and keeps the list out of the blocks', () => {
    const article = readSeedText('000_fa8ab69e4dd8b688.txt');
    expect(article.highlights[1]).toBe(
      'The company is aligning with China’s national innovation priorities, focusing on: Hydrogen metallurgy; Artificial intelligence; Advanced energy materials',
    );
    const texts = article.blocks.map((block) => block.text);
    expect(texts.some((text) => text.includes('Hydrogen metallurgy') && text.length < 30)).toBe(false);
    expect(texts).not.toContain('Highlights');
  });

  it('reads the section label of 003 as neither the title nor a block', () => {
    const article = readSeedText('003_c7c6dbe900089e74.txt');
    expect(article.blocks.map((block) => block.text)).not.toContain('Manufacturing News');
    expect(article.blocks[0]?.text).toMatch(/^The Global Low-carbon Metallurgical Innovation Alliance/);
    expect(article.blocks.at(-1)?.text).toMatch(/carbon neutrality by 2050\.$/);
  });

  it.each([
    ['000_fa8ab69e4dd8b688.txt', ['Considerations']],
    ['001_50f0fd16bd848828.txt', ['Implications for the U.S. and Global Competitors', 'Bottom Line']],
    ['002_5c8d53fa7e8bfccc.txt', ['Two Rare Earth Base China Policy']],
    ['003_c7c6dbe900089e74.txt', []],
  ])('%s has headings %j', (name, headings) => {
    const article = readSeedText(name);
    expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(headings);
  });

  it('keeps the source attribution of 000 as a cleaned paragraph', () => {
    const article = readSeedText('000_fa8ab69e4dd8b688.txt');
    expect(article.blocks.at(-1)).toEqual({
      kind: 'paragraph',
      text: 'Source: Baogang Daily (translated); Rare Earth Exchanges editorial analysis',
    });
  });
});

describe('readPlainText', () => {
  it('gives list items a depth from their indentation', () => {
    const article = readPlainText('Mill Upgrades Planned Across the Region\n\nThe plan covers:\n- Furnaces\n  - Electric arc\n- Rolling mills\n');
    expect(article.blocks).toEqual([
      { kind: 'paragraph', text: 'The plan covers:' },
      { kind: 'list-item', text: 'Furnaces', depth: 0 },
      { kind: 'list-item', text: 'Electric arc', depth: 1 },
      { kind: 'list-item', text: 'Rolling mills', depth: 0 },
    ]);
  });

  it('has no title when the text opens with a sentence', () => {
    expect(readPlainText('Steel output rose 4% in May.\nMills ran at full load.').title).toBeUndefined();
  });
  it('keeps an opening paragraph that ends in emoji, and takes no subheading under it for the headline', () => {
    const article = readPlainText(
      'Ridge Steel, a century-old mill in the north, is leading a quiet revolution in how plate is made. It merged with Vale Metals in 2021 and now runs on AI! 🌱💡\nFrom Furnaces to Brainpower\nThe company now makes 7,500 grades of plate and ships them to eleven countries every year.',
    );
    expect(article.title).toBeUndefined();
    expect(article.blocks[0]?.text).toMatch(/^Ridge Steel, a century-old mill/);
    expect(article.blocks[1]).toEqual({ kind: 'heading', text: 'From Furnaces to Brainpower' });
  });
});

describe('readPlainText: the headline and the date line', () => {
  const LEAD = 'The steelmaker said on Monday that its hydrogen-based shaft furnace had produced its first direct reduced iron.';
  const read = (...lines: string[]) => readPlainText(lines.join('\n'));

  it.each([
    ['a metadata line before the headline', ['Views: 2 Author: Site Editor Publish Time: 2020-08-31', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a "date …" prefix with a section name', ['date 2020-08-31 Environment', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a greeting, a language code and a form message', ['Welcome to HEMOTOR', 'en', 'Minimum 2 characters required.', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a paywall prompt', ['Start Your Free Trial', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a site tagline', ["The global site of the UK's leading magazine for automation and power transmission", 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a time line and a caption', ['2000 GMT', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', 'A worker at the plant. Photo: VCG', LEAD]],
    ['a cookie banner', ['Free cookie consent management tool by TermsFeed', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a byline', ['By Vera Eckert and Tom Käckenhoff', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a government site’s banner, a paragraph of it included', ['An official website of the United States government', 'A .gov website belongs to an official government organization in the United States.', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a journal’s link to its next article, and that article’s title', ['Next Article in Journal', 'Zenrock Ships Its First Coil of Green Steel', 'Font Size:', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a logo’s text and a reader’s controls', ['Picture of Zenrock Group logo', 'Increase font size Decrease font size Reset font size', 'Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
    ['a label, a byline or a lone bar on its line', ['Blog: Baowu starts its hydrogen shaft furnace in Zhanjiang |', LEAD]],
    ['a byline on its line', ['By Christina Amann and Laurie Chen Baowu starts its hydrogen shaft furnace in Zhanjiang', LEAD]],
  ])('takes the headline past %s', (_, lines) => {
    const article = read(...lines);
    expect(article.title).toBe('Baowu starts its hydrogen shaft furnace in Zhanjiang');
    expect(article.blocks.map((block) => block.text)).not.toContainEqual(expect.stringMatching(/Views:|Welcome|GMT|Photo: VCG|global site|cookie|Eckert/));
  });

  it('leaves the site’s name after a bar out of the headline', () => {
    expect(read('Baowu starts its hydrogen shaft furnace | Be Steel-savvy', LEAD).title).toBe('Baowu starts its hydrogen shaft furnace');
    expect(read('Steel | Baowu starts it', LEAD).title).toBe('Steel | Baowu starts it');
  });

  it('takes as headline a line that says the address’s words exactly, even ending in a full stop', () => {
    const article = readPlainText(['A platform designed to keep the industry updated with the right knowledge and news', 'Baowu And Zenrock Will Be Deploying Hydrogen Trucks For A Steel Shipment Trial.', LEAD].join('\n'), 'https://example.com/baowu-and-zenrock-will-be-deploying-hydrogen-trucks-for-a-steel-shipment-trial/');
    expect(article.title).toBe('Baowu And Zenrock Will Be Deploying Hydrogen Trucks For A Steel Shipment Trial.');
    expect(article.blocks.map((block) => block.text)).toEqual([LEAD]);
  });

  it('takes as headline a line that says the address’s words and the little words sites drop from addresses, ending in a full stop', () => {
    const article = readPlainText(['Baowu demonstrates a hydrogen shaft furnace with its partners.', 'Baowu said the furnace runs.'].join('\n'), 'https://example.com/baowu-demonstrates-hydrogen-shaft-furnace-partners');
    expect(article.title).toBe('Baowu demonstrates a hydrogen shaft furnace with its partners.');
    // A paragraph with one word of its own is the article's lead, not its headline.
    expect(readPlainText('Baowu demonstrates a hydrogen shaft furnace with its Swedish partners.', 'https://example.com/baowu-demonstrates-hydrogen-shaft-furnace-partners').title).toBeUndefined();
  });

  it('takes a headline that opens with "By" and a year', () => {
    expect(read('By 2030 Baowu Will Run Its Hydrogen Shaft Furnace', LEAD).title).toBe('By 2030 Baowu Will Run Its Hydrogen Shaft Furnace');
  });

  it('accepts a real headline of up to 250 characters', () => {
    const headline = 'POSCO Takes a Significant Step Towards Realizing the Dream of Hydrogen Reduction Ironmaking with the Inauguration of Its Development Center in Pohang';
    expect(read(headline, LEAD).title).toBe(headline);
  });

  it.each([
    ['under the headline', ['Baowu starts its hydrogen shaft furnace', '(People’s Daily Online) 13:45, July 24, 2023', LEAD], '(People’s Daily Online) 13:45, July 24, 2023'],
    ['before the headline on its line', ['date 2024-09-30 Baowu starts its hydrogen shaft furnace', LEAD], '2024-09-30'],
    ['a month before the text on its line', ['Baowu starts its hydrogen shaft furnace', `date 2023-10 ${LEAD}`], '2023-10'],
    ['with a time zone after the time, under the headline', ['Baowu starts its hydrogen shaft furnace', 'January 31, 2024 01:00 pm (IST)', LEAD], 'January 31, 2024 01:00 pm (IST)'],
    ['under the headline rather than the site header’s', ['Drives and Controls', '28 March, 2024', 'Baowu starts its hydrogen shaft furnace', '19 March, 2013', LEAD], '19 March, 2013'],
    ['opening the first paragraph', ['Baowu starts its hydrogen shaft furnace', `11/25/2020 - ${LEAD}`], '11/25/2020'],
    ['alone on its line, in ISO form', ['Baowu starts its hydrogen shaft furnace', '2025-04-24 ', LEAD], '2025-04-24'],
    ['opening the first paragraph after a place', ['Baowu starts its hydrogen shaft furnace', `Chongqing, China, 18 November 2015 – ${LEAD}`], 'Chongqing, China, 18 November 2015'],
    ['opening the first paragraph before a colon', ['Baowu starts its hydrogen shaft furnace', `Bhubaneswar, May 30, 2025: ${LEAD}`], 'Bhubaneswar, May 30, 2025'],
    ['at the bottom', ['Baowu starts its hydrogen shaft furnace', LEAD, 'Published: 3 March 2024'], 'Published: 3 March 2024'],
  ])('takes the date line %s out of the body', (_, lines, dateline) => {
    const article = read(...lines);
    expect(article.dateline).toBe(dateline);
    expect(article.blocks.map((block) => block.text)).toEqual([LEAD]);
  });

  it.each([
    ['Baowu starts its hydrogen shaft furnace 2024-02-14', '2024-02-14'],
    ['Famous failures: Part 2 – hydrogen embrittlement 25 November 2019', '25 November 2019'],
    ['Baowu Starts Its Hydrogen Shaft Furnace, March 9, 2021', 'March 9, 2021'],
  ])('takes the date written after the headline on its line: %s', (line, date) => {
    const article = read(line, LEAD);
    expect(article.dateline).toBe(date);
    expect(line.startsWith(article.title!)).toBe(true);
    expect(article.title).not.toContain(date);
  });

  it.each([
    ['Large Corporate 23 Jan 2024 10:48 AM IST Reuters', '23 Jan 2024'],
    ['In News1 MinutesBy NZ Trucking magazineDecember 10, 2021', 'December 10, 2021'],
    ['Technical guide · 13 min readJanuary 5, 2026 · Updated Apr 23, 2026', 'January 5, 2026'],
    ['By Anh Minh   May 27, 2021 | 09:27 pm PT', 'May 27, 2021'],
    ['February 11, 2025Comments', 'February 11, 2025'],
    ['4 min readJan 13, 2022', 'Jan 13, 2022'],
  ])('takes the full date a short line of the page’s chrome holds: %s', (line, date) => {
    // The date line as the ingest reads it (`dayPart`), whichever line the reader took it from.
    expect(dayPart(read('Baowu starts its hydrogen shaft furnace', line, LEAD).dateline!)).toBe(date);
  });

  it('takes a date written day first before a colon opening the first paragraph', () => {
    expect(read('Baowu starts its hydrogen shaft furnace', `New Delhi, 29 July 2025: ${LEAD}`).dateline).toBe('New Delhi, 29 July 2025');
  });

  it.each([
    ['a date the sentence holds', 'All data are based on the daily closing price as of November 22, 2024'],
    ['a week’s number', 'Weekly Rare Earth Roundup with James Tekune – Week 10, 2024'],
  ])('leaves on the headline’s line %s', (_, line) => {
    expect(read(line, LEAD).dateline).toBeUndefined();
  });

  it('takes a date line opening the second paragraph, under a standfirst', () => {
    const article = read('Baowu starts its hydrogen shaft furnace', 'Steel and car makers join forces on emissions', `Chongqing, China, 18 November 2015 – ${LEAD}`);
    expect(article.dateline).toBe('Chongqing, China, 18 November 2015');
    expect(article.blocks.map((block) => block.text)).toContain(LEAD);
  });

  it('takes the date line opening the first paragraph past page chrome that is no paragraph', () => {
    expect(read('Baowu starts its hydrogen shaft furnace', 'Liked it! Share Now', `Bhubaneswar, May 30, 2025: ${LEAD}`).dateline).toBe('Bhubaneswar, May 30, 2025');
  });

  it('takes no date from a sentence opening with a year and a colon', () => {
    expect(read('Baowu starts its hydrogen shaft furnace', `In 2024: ${LEAD}`).dateline).toBeUndefined();
  });

  it('keeps a wire story’s paragraph that ends with its credit, even with a headline-like line under it', () => {
    const article = read('Tokyo, Jan. 20 (Jiji Press)–The government said Tuesday that it will spend 39 billion yen on rare earth supplies from new sources. END [Copyright The Jiji Press, Ltd.]', 'Japan to Spend 39 B. Yen on Rare Earths');
    expect(article.blocks[0]?.text).toMatch(/^Tokyo, Jan\. 20 \(Jiji Press\)–The government said Tuesday/);
  });

  it('never takes a date from the sentences of the article', () => {
    expect(read('Baowu starts its hydrogen shaft furnace', 'The company, founded on 7 July 2021, was approved in May 2011 and will grow.').dateline).toBeUndefined();
  });
});

describe('readPlainText with the page’s address', () => {
  const LEAD_TEXT = 'The company said on Monday that it would build a plant for the new grade of steel next year.';
  const text = (...lines: string[]) => lines.join('\n\n');

  it('takes the line the address names as the headline, over a related story’s title above it', () => {
    const article = readPlainText(
      text('Gasoline taxes and rural transit in three new papers', 'Focus on magnets directly linked to drive motor efficiency', LEAD_TEXT),
      'https://example.com/news/focus-on-magnets-directly-linked-to-drive-motor-efficiency',
    );
    expect(article.title).toBe('Focus on magnets directly linked to drive motor efficiency');
    expect(article.blocks.map((block) => block.text)).toEqual([LEAD_TEXT]);
  });

  it('takes a short headline only when it says the address’s three words or more exactly', () => {
    const lines = text('Very thin laminations in the cores of electric machines limit eddy currents', 'Motor lamination steels', LEAD_TEXT);
    expect(readPlainText(lines, 'https://example.com/motor-lamination-steels/').title).toBe('Motor lamination steels');
    expect(readPlainText(lines, 'https://example.com/motor-lamination-steels-and-cores/').title).toBe('Very thin laminations in the cores of electric machines limit eddy currents');
  });

  it('is not led off by an address that names no story, a heading in the text, or a stray "%"', () => {
    const headline = 'Baowu starts its hydrogen shaft furnace in Zhanjiang';
    expect(readPlainText(text('Press Release', headline, LEAD_TEXT), 'https://example.com/press-release?id=42').title).toBe(headline);
    const body = text(headline, LEAD_TEXT, 'Green steel plans', LEAD_TEXT);
    expect(readPlainText(body, 'https://example.com/tags/green-steel-plans').title).toBe(headline);
    expect(readPlainText(text(headline, LEAD_TEXT), 'https://example.com/news/100%-green-steel-plan').title).toBe(headline);
  });

  it('keeps its own choice when the address is an id or already agrees', () => {
    const lines = text('Gasoline taxes and rural transit in three new papers', 'Focus on magnets directly linked to drive motor efficiency', LEAD_TEXT);
    expect(readPlainText(lines, 'https://example.com/view/20220126151350058').title).toBe('Gasoline taxes and rural transit in three new papers');
    expect(readPlainText(lines, 'https://example.com/gasoline-taxes-rural-transit-papers').title).toBe('Gasoline taxes and rural transit in three new papers');
  });
});
