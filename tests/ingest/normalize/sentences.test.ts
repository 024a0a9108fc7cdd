// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blockSentences, splitSentences } from '../../../src/ingest/normalize/sentences';

describe('splitSentences', () => {
  it.each([
    ['splits at full stops', 'Baogang grew. CISA agreed.', ['Baogang grew.', 'CISA agreed.']],
    ['keeps "U.S." inside', 'The U.S. and its allies must act. Then what?', ['The U.S. and its allies must act.', 'Then what?']],
    ['keeps the legal forms of Indian, Singaporean and Malaysian firms whole', 'BSBK Pvt. Ltd. builds it with Qilu Pte. Ltd. and Zenrock Sdn. Bhd. Work starts soon.', ['BSBK Pvt. Ltd. builds it with Qilu Pte. Ltd. and Zenrock Sdn. Bhd.', 'Work starts soon.']],
    ['keeps an abbreviation defined after a legal form’s stop, not a credit in brackets', 'It is run by Qilu Services Ltd. (QSL), a venture. He spoke. (AP) Then left.', ['It is run by Qilu Services Ltd. (QSL), a venture.', 'He spoke.', '(AP) Then left.']],
    ['keeps "Dr." and initials', 'Dr. Li met Donald J. Trump. Nothing came of it.', ['Dr. Li met Donald J. Trump.', 'Nothing came of it.']],
    ['keeps "No. 18"', 'It is at No. 18 Jinronggang Road. Visit it.', ['It is at No. 18 Jinronggang Road.', 'Visit it.']],
    ['keeps decimals and "Mg-Al"', 'Mg-Al coating cut weight by 1.5%. Costs fell.', ['Mg-Al coating cut weight by 1.5%.', 'Costs fell.']],
    ['keeps list numbering with its heading', '1. Materials Innovation as Strategic Leverage', ['1. Materials Innovation as Strategic Leverage']],
    ['splits after a question and a closing quote', 'Why? He said “it works.” Then left.', ['Why?', 'He said “it works.”', 'Then left.']],
    ['does not split before a lowercase word', 'Prices rose 3 p.c. in May. Output fell.', ['Prices rose 3 p.c. in May.', 'Output fell.']],
    ['splits Chinese sentences', '中国宝武成立联盟。包钢参加！', ['中国宝武成立联盟。', '包钢参加！']],
    ['ignores empty text', '   ', []],
  ])('%s', (_, text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('splits every block in order', () => {
    expect(
      blockSentences([
        { kind: 'heading', text: 'Bottom Line' },
        { kind: 'paragraph', text: 'One. Two.' },
      ]),
    ).toEqual(['Bottom Line', 'One.', 'Two.']);
  });
});
