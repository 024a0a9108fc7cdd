// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { cleanInline, isDebrisLine, normalizeWhitespace, stripDebris } from '../../src/ingest/normalize/clean';

describe('cleanInline', () => {
  it.each([
    ['( (opens in a new tab)ECUST) on May 13', '(ECUST) on May 13'],
    ['has launched (opens in a new tab) the official', 'has launched the official'],
    ['Baogang Daily (opens in a new tab) (translated)', 'Baogang Daily (translated)'],
    ['The event (opens in a new tab), organized by CISA', 'The event, organized by CISA'],
    ['Read more (Opens in a new window).', 'Read more.'],
    ['Sign up [et_bloom_inline optin_id="optin_2"] today', 'Sign up today'],
    ['steel\u00a0 output\u200b  rose ', 'steel output rose'],
  ])('%j → %j', (input, expected) => {
    expect(cleanInline(input)).toBe(expected);
  });
});

describe('normalizeWhitespace', () => {
  it('turns NBSP, narrow spaces and newlines into single spaces', () => {
    expect(normalizeWhitespace(' 1\u202f000\u00a0tonnes\n of\tslag ')).toBe('1 000 tonnes of slag');
  });
});

describe('isDebrisLine', () => {
  it.each([
    'Spread the word:',
    'CATEGORIES: , ,',
    'CATEGORIES: , , ,',
    'Leave a Reply',
    'Your email address will not be published. Required fields are marked *',
    'Comment',
    'Name *',
    'Email *',
    'Save my name, email, and website in this browser for the next time I comment.',
    'Post Comment',
    '  • Tel : 0086-27-87592219',
    '  • Email :',
    '  • Add: 3B1 International Business Center, Wuhan, Hubei, PRC. 430223',
    '  • ICP Business License: 鄂B2-20030029-9',
    '  • Copyright © e-works All Rights Reserved',
    '© 2025 Metal Courier',
  ])('%j is debris', (line) => {
    expect(isDebrisLine(line)).toBe(true);
  });

  it.each([
    '',
    'Considerations',
    'Source: Baogang Daily (translated); Rare Earth Exchanges editorial analysis',
    'The copyright on the furnace design belongs to the supplier.',
    'Baogang named a new email contact for investors.',
  ])('%j is kept', (line) => {
    expect(isDebrisLine(line)).toBe(false);
  });
});

describe('stripDebris', () => {
  const strip = (lines: string[]) => stripDebris(lines, (line) => line);

  it('drops the link list under "Most Viewed in 24 Hours" until body text returns', () => {
    expect(
      strip([
        'Steel output rose.',
        'Most Viewed in 24 Hours',
        '',
        'Accenture releases survey of digital transformation',
        'CIMC Reduces Unplanned Downtime by 30% with Greater Operational Insight',
        'The mill will restart its second blast furnace next week, the company said in a statement on Monday.',
      ]),
    ).toEqual([
      'Steel output rose.',
      '',
      'The mill will restart its second blast furnace next week, the company said in a statement on Monday.',
    ]);
  });

  it('ends the article at the comment section', () => {
    expect(strip(['Body text.', 'Leave a Reply', 'A reader comment that is not article text.'])).toEqual(['Body text.']);
  });
});

describe('body debris from real pages', () => {
  it.each([
    'By Jane Doe',
    'By Amy Lv and Dominique Patton',
    'Source: Xinhua',
    'Reporting by Amy Lv; Editing by David Holmes',
    '(Reporting by Amy Lv in Beijing; Editing by David Holmes)',
    '« Back',
    'Back to news',
    'See also: Baowu opens plant',
    'Share on X',
    'Facebook | Twitter | LinkedIn',
    'CLF 1.64% X -0.5%',
    'Bayan Obo mine in Inner Mongolia, which contains rare earth minerals (Photo: Reuters)',
    'A worker at the plant in Zhanjiang. Photo: VCG',
    '12 14 16.5 18',
  ])('drops %j', (line) => {
    expect(isDebrisLine(line)).toBe(true);
  });

  it.each([
    'By 2030 the plant will run on hydrogen.',
    'Source of the iron ore is Australia, the company said.',
    'The plant made 1.2 million tonnes in 2024.',
  ])('keeps the sentence %j', (line) => {
    expect(isDebrisLine(line)).toBe(false);
  });

  it('removes a wire credit closing a paragraph', () => {
    expect(cleanInline('The plant opens in May. (Reporting by Amy Lv and Dominique Patton in Beijing; Editing by David Holmes)')).toBe('The plant opens in May.');
  });
});

describe('stray C1 controls', () => {
  it('reads them as the windows-1252 characters they were', () => {
    expect(cleanInline('It\u0092s a \u0093green\u0094 plan \u0096 \u0080 2bn')).toBe('It’s a “green” plan – € 2bn');
  });
});
