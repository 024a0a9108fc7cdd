// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractEvents, latestDateInText, type DateReference } from '../../../src/ingest/normalize/events';
import { seeds } from './seed-articles';

const events = (text: string, reference: DateReference | null) =>
  extractEvents({ highlights: [], blocks: [{ kind: 'paragraph', text }] }, reference).map((event) => [
    event.kind,
    event.label,
    event.date.value,
    event.date.precision,
    event.date.confidence,
  ]);
const estimated = (value: string, precision: DateReference['precision']): DateReference => ({ value, precision, confidence: 'estimated' });

describe('extractEvents', () => {
  it.each([
    ['a day without a year takes the reference year', 'The plant opened on May 13.', estimated('2025-05', 'month'), [['event', 'The plant opened', '2025-05-13', 'day', 'estimated']]],
    ['and is pulled into the past, never after the reference (chrono#469)', 'The plant opened on May 13.', estimated('2024-12-20', 'day'), [['event', 'The plant opened', '2024-05-13', 'day', 'estimated']]],
    ['December read in early January is last year', 'The plant opened on December 28.', estimated('2025-01-03', 'day'), [['event', 'The plant opened', '2024-12-28', 'day', 'estimated']]],
    ['a written year is confirmed at its own precision', 'It was shortlisted in October 2023.', null, [['event', 'It was shortlisted', '2023-10', 'month', 'confirmed']]],
    ['a weekday is the one on or before a day reference', 'The alliance was set up on Thursday.', { value: '2021-11-22', precision: 'day', confidence: 'confirmed' } satisfies DateReference, [
      ['event', 'The alliance was set up', '2021-11-18', 'day', 'confirmed'],
    ]],
    ['a weekday needs a day reference', 'It opened on Thursday.', estimated('2021-11', 'month'), []],
    ['no year and no reference: skipped', 'The plant opened on May 13.', null, []],
    ['"by <year>" is a target', 'It vowed to achieve carbon neutrality by 2050.', null, [['target', 'Carbon neutrality by 2050', '2050', 'year', 'confirmed']]],
    ['relative phrases are not events', 'Today, a day later and within three months, this week.', estimated('2025-05', 'month'), []],
    ['a phone number is not a date', 'Call 0172 10 10 951 for tickets.', estimated('2025-05', 'month'), []],
    ['numbers run into a table are not dates', 'Output 2019 10 12 2020 11 14 tonnes.', null, []],
    ['a product code is not a date', 'The L450 grade, X65-2019-05 and code 2024.05.06.1 shipped.', null, []],
    ['an ISO date the text writes is one', 'The permit was issued on 2024-03-12.', null, [['event', 'The permit was issued', '2024-03-12', 'day', 'confirmed']]],
  ])('%s', (_, text, reference, expected) => {
    expect(events(text, reference)).toEqual(expected);
  });

  it('drops a highlight event the body also dates', () => {
    const found = extractEvents(
      { highlights: ['Launched on 3 March 2024.'], blocks: [{ kind: 'paragraph', text: 'The line was launched on 3 March 2024 in Baotou.' }] },
      null,
    );
    expect(found.map((event) => event.sentence)).toEqual(['The line was launched on 3 March 2024 in Baotou.']);
  });
});

describe('extractEvents on the seeds', () => {
  const found = (seed: (typeof seeds)[keyof typeof seeds], reference: DateReference | null) =>
    extractEvents(seed, reference).map(({ kind, label, date }) => ({ kind, label, ...date }));

  it('000: the two meetings, day known, year estimated', () => {
    expect(found(seeds.s000, estimated('2025-05', 'month'))).toEqual([
      { kind: 'event', label: 'Meeting with ECUST', value: '2025-05-13', precision: 'day', confidence: 'estimated' },
      { kind: 'event', label: 'Meeting with the state-run CISRI', value: '2025-05-14', precision: 'day', confidence: 'estimated' },
    ]);
  });

  it('001: the October 2023 shortlisting is confirmed', () => {
    expect(found(seeds.s001, estimated('2025', 'year'))).toEqual([
      { kind: 'event', label: 'Shortlisted for this national “benchmark plant” program', value: '2023-10', precision: 'month', confidence: 'confirmed' },
    ]);
  });

  it('002: the April 2 conference', () => {
    expect(found(seeds.s002, estimated('2025-04', 'month'))).toEqual([
      {
        kind: 'event',
        label: 'Major industry convening hosted at the Rare Earth International Hotel in Baotou',
        value: '2025-04-02',
        precision: 'day',
        confidence: 'estimated',
      },
    ]);
  });

  it('003: launched on Thursday 18 November 2021, with carbon targets for 2023 and 2050', () => {
    expect(found(seeds.s003, { value: '2021-11-18', precision: 'day', confidence: 'confirmed' })).toEqual([
      { kind: 'event', label: 'Global Low-carbon Metallurgical Innovation Alliance was established in Shanghai', value: '2021-11-18', precision: 'day', confidence: 'confirmed' },
      { kind: 'event', label: 'China Baowu also disclosed its road map for low-carbon metallurgical technology', value: '2021-11-18', precision: 'day', confidence: 'confirmed' },
      { kind: 'target', label: 'Carbon emissions peak by 2023', value: '2023', precision: 'year', confidence: 'confirmed' },
      { kind: 'target', label: 'Carbon neutrality by 2050', value: '2050', precision: 'year', confidence: 'confirmed' },
    ]);
  });

  it('never invents a year without a reference', () => {
    expect(found(seeds.s000, null)).toEqual([]);
    expect(found(seeds.s003, null).map((event) => event.value)).toEqual(['2023', '2050']);
  });

  it('labels stay within 80 characters', () => {
    for (const seed of Object.values(seeds)) {
      for (const event of extractEvents(seed, estimated('2025-05', 'month'))) expect(event.label.length).toBeLessThanOrEqual(80);
    }
  });
});

describe('latestDateInText', () => {
  const blocks = (...texts: string[]) => ({ blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })) });
  const today = new Date('2026-12-05T12:00:00Z');

  it.each([
    ['the latest date with a written year', blocks('Signed on 12 March 2024.', 'Shortlisted in October 2023.'), { value: '2024-03-12', precision: 'day', sentence: 'Signed on 12 March 2024.' }],
    ['null when no year is written', blocks('They met on May 13.'), null],
    ['deadlines are not dates of the article', blocks('Neutrality by 2050 and a peak by October 2030.'), null],
    ['nor dates after today', blocks('Output in March 2024.', 'The plant opens in June 2027.'), { value: '2024-03', precision: 'month', sentence: 'Output in March 2024.' }],
  ])('%s', (_, input, expected) => {
    expect(latestDateInText(input, today)).toEqual(expected);
  });

  it('finds nothing datable in 000 and the shortlisting month in 001', () => {
    expect(latestDateInText(seeds.s000, today)).toBeNull();
    expect(latestDateInText(seeds.s001, today)?.value).toBe('2023-10');
  });
});
