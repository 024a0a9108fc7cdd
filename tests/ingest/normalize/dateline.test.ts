// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/domain/schema';
import { dayMonthOrder, findDateline } from '../../../src/ingest/normalize/dateline';

const blocks = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));
const BODY = ['The company was founded on 7 July 2021 and approved in May 2011.', 'It will expand in 2030.', 'Sales rose.', 'Costs fell.', 'Prices held.'];

describe('findDateline', () => {
  it.each([
    ['a labelled line at the top', ['Published: 3 March 2024', ...BODY], 'en', null, { value: '2024-03-03', precision: 'day' }],
    ['"Posted on" with an ISO date', ['Posted on 2024-03-03', ...BODY], 'en', null, { value: '2024-03-03', precision: 'day' }],
    ['a labelled line at the bottom', [...BODY, 'DATE: 12 January 2020'], 'en', null, { value: '2020-01-12', precision: 'day' }],
    ['a byline with a date', ['By Jane Doe | March 3, 2024', ...BODY], 'en', null, { value: '2024-03-03', precision: 'day' }],
    ['a byline naming the authors’ organization before the date', ['By Jane Doe and Li Wei, Zenrock Institute March 1, 2006', ...BODY], 'en', null, { value: '2006-03-01', precision: 'day' }],
    ['a bulleted "Last Update"', ['    • Last Update: 2022-11-18', ...BODY], 'en', null, { value: '2022-11-18', precision: 'day' }],
    ['a source after the labelled date', ['Date:2019/5/20 Source: Zenrock', ...BODY], 'en', null, { value: '2019-05-20', precision: 'day' }],
    ['a reading time or a clock time after a middle dot', ['June 19, 2026 · 5 min read', ...BODY], 'en', null, { value: '2026-06-19', precision: 'day' }],
    ['a labelled date with a two-digit year, month first where the day is over 12', ['Posted 12/14/21', ...BODY], 'en', null, { value: '2021-12-14', precision: 'day' }],
    ['a labelled date with a two-digit year either way round: the year only', ['Posted 03/04/21', ...BODY], 'en', null, { value: '2021', precision: 'year', ambiguous: '03/04/21' }],
    ['a line that is only a date', ['Steel news', '18 November 2021', ...BODY], 'en', null, { value: '2021-11-18', precision: 'day' }],
    ['numbers in a UK source, day first', ['Published 08/02/2013', ...BODY], 'en', 'dmy', { value: '2013-02-08', precision: 'day' }],
    ['numbers either way round with no known order: the year only', ['Published 08/02/2013', ...BODY], 'en', null, { value: '2013', precision: 'year', ambiguous: '08/02/2013' }],
    ['Portuguese month names', ['Publicado: Seg, 24 Set 2018', ...BODY], 'pt', 'dmy', { value: '2018-09-24', precision: 'day' }],
    ['a line of separators before the date', [':  : Nov 22,2021', ...BODY], 'en', null, { value: '2021-11-22', precision: 'day' }],
    ['a comma after the day', ['04, Jun. 2020', ...BODY], 'en', null, { value: '2020-06-04', precision: 'day' }],
    ['a byline after the date', ['27th June 2024 By: Jane Doe - Senior Editor', ...BODY], 'en', null, { value: '2024-06-27', precision: 'day' }],
    ['a comment count and a byline after the date', ['November 2, 2025 0 By Jane Doe', ...BODY], 'en', null, { value: '2025-11-02', precision: 'day' }],
    ['a weekday, a time and a byline', ['Friday, July 19, 2019, 13:01 By Jane Doe', ...BODY], 'en', null, { value: '2019-07-19', precision: 'day' }],
    ['an Updated stamp after the date', ['March 3, 2024 Updated March 4, 2024', ...BODY], 'en', null, { value: '2024-03-03', precision: 'day' }],
    ['a time "at" the date', ['| | Dec 15, 2014, at 11:38 pm', ...BODY], 'en', null, { value: '2014-12-15', precision: 'day' }],
    ['dots between the numbers, not a time', ['Published 25.10.2023', ...BODY], 'en', 'dmy', { value: '2023-10-25', precision: 'day' }],
    ['a label inside a line of page chrome', ['Views: 6 Author: Site Editor Publish Time: 2025-07-10 Origin: Site', ...BODY], 'en', null, { value: '2025-07-10', precision: 'day' }],
    ['a byline that goes on to "Posted :"', ['By Jane Doe Posted : January 26, 2022, 15:39 Updated : January 27, 2022, 09:00', ...BODY], 'en', null, { value: '2022-01-26', precision: 'day' }],
    ['year first, as Korean pages write it', ['2023. 4. 25. 10:36', ...BODY], 'en', null, { value: '2023-04-25', precision: 'day' }],
    ['a time with seconds and an e-mail after the date', ['2023-07-06 20:54:25 reporter@example.com', ...BODY], 'en', null, { value: '2023-07-06', precision: 'day' }],
    ['"The date of:" with a view count after', ['The date of: 2019-07-02 viewed: 1', ...BODY], 'en', null, { value: '2019-07-02', precision: 'day' }],
    ['"Time:" glued to the date, views after', ['Time:2018-01-08 Views:10940', ...BODY], 'en', null, { value: '2018-01-08', precision: 'day' }],
    ['a byline slot holding the date and a zone', ['By Jul 10, 2023 (Gmt+09:00)', ...BODY], 'en', null, { value: '2023-07-10', precision: 'day' }],
    ['a date beside a place', ['2025-03-19 | Brussels', ...BODY], 'en', null, { value: '2025-03-19', precision: 'day' }],
    ['a magazine’s issue beside its title', ['Railway Gazette International | February 2011', ...BODY], 'en', null, { value: '2011-02', precision: 'month' }],
    ['a release’s opening dateline', ['Qorvane, Magnitogorsk, June 13, 2019. Qorvane saved more than RUB 500m last year by using a model.', ...BODY], 'en', null, { value: '2019-06-13', precision: 'day' }],
    ['after four lines of page chrome', ['Banner.gif', 'China Daily', 'News> Business', 'Steel', 'Friday, July 19, 2019, 13:01', ...BODY], 'en', null, { value: '2019-07-19', precision: 'day' }],
    ['a weekday before numbers', ['SUNday - 21/06/2015', ...BODY], 'en', 'dmy', { value: '2015-06-21', precision: 'day' }],
    ['a byline without "By"', ['Jane Doe - Apr 16, 2013', ...BODY], 'en', null, { value: '2013-04-16', precision: 'day' }],
    ['a time after "@"', ['Published by: Jane Doe', '27 Mar 2025 @ 11:45 UTC', ...BODY], 'en', null, { value: '2025-03-27', precision: 'day' }],
    ['a byline before a full date', ['By Staff December 1, 2001', ...BODY], 'en', null, { value: '2001-12-01', precision: 'day' }],
    ['a full date run into the word after it', ['February 11, 2025Comments', ...BODY], 'en', null, { value: '2025-02-11', precision: 'day' }],
    ['a labelled line after a photo credit and a standfirst', ['Banner', 'Headline', 'Standfirst', 'Photo: Getty Images', 'Caption', 'Updated: Nov. 4, 2022 at 12:52 p.m. EDT.', ...BODY], 'en', null, { value: '2022-11-04', precision: 'day' }],
  ] as const)('%s', (_, texts, language, order, expected) => {
    expect(findDateline(blocks(...texts), language, order)).toMatchObject(expected);
  });

  it('takes an unlabelled date, or a bare "Date:", past the fifth block for no date line', () => {
    expect(findDateline(blocks('Banner', 'Headline', 'Standfirst', 'Photo: Getty Images', 'Caption', 'Nov. 4, 2022', ...BODY), 'en', null)).toBeNull();
    expect(findDateline(blocks('Banner', 'Headline', 'Standfirst', 'Photo: Getty Images', 'Caption', 'Date: 20 June 2018', ...BODY), 'en', null)).toBeNull();
  });

  it.each([
    ['a heading with a year and "by"', 'Tata Steel 2030 target backed by UK'],
    ['a heading that says how much, and when', 'Since March 2024 output fell by 5%'],
    ['a fiscal year', 'Date: 2023-24'],
    ['"Time" opening a sentence', 'Time to act on steel by 2030'],
    ['"By" and a year', 'By 2030 output will fall'],
    ['an event’s schedule', 'Date: Wednesday, 20 June 2018, 10:00 – 13:00'],
    ['words and a dash before a date, not a name', 'prices rose sharply - Apr 16, 2013'],
    ['a sentence with a date and a bar', 'Output | rose in March 2024 after the plant in Lulea restarted its furnace'],
    ['"By" opening a sentence that ends in a date', 'By contrast, output peaked on March 1, 2024'],
    ['a time of day in dotted numbers', 'Time: 10.30.00'],
  ])('takes no date line from %s', (_, line) => {
    expect(findDateline([{ kind: 'heading', text: line }, ...BODY.map((text) => ({ kind: 'paragraph' as const, text }))], 'en', null)).toBeNull();
  });

  it('never takes a date from the sentences of the article: a founding date is no publication date', () => {
    expect(findDateline(blocks(...BODY), 'en', null)).toBeNull();
  });
});

describe('dayMonthOrder', () => {
  it.each([
    ['en-US', 'example.com', 'mdy'],
    ['en-GB', 'example.com', 'dmy'],
    ['en', 'bbc.co.uk', 'dmy'],
    ['pt-BR', 'example.com.br', 'dmy'],
    ['en', 'example.com', null],
  ] as const)('%s on %s → %s', (language, host, order) => {
    expect(dayMonthOrder(language, host)).toBe(order);
  });
});
