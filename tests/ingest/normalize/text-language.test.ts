// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readsAs } from '../../../src/ingest/normalize/text-language';

const GERMAN =
  'Die Stahlhütte in Ostrava hat mit dem Bau der neuen Anlage begonnen. Das Land und der Bund fördern das Projekt mit zwei Milliarden Euro, und der Betriebsrat ist zufrieden. Nach Angaben des Unternehmens wird die Anlage ab dem Jahr 2027 mit Wasserstoff betrieben, der in der Region erzeugt wird. Auch die Stadt ist für den Umbau.';
const ENGLISH =
  'The steelworks in Ostrava has started building its new plant. The state and the federal government fund the project with two billion euros, and the works council is pleased. According to the company, the plant will run on hydrogen from 2027, produced in the region. The city is also in favour of the conversion.';
const SPANISH =
  'La acería de Ostrava ha comenzado la construcción de la nueva planta. El Estado y el gobierno federal financian el proyecto con dos mil millones de euros, y el comité de empresa está satisfecho. Según la empresa, la planta funcionará con hidrógeno a partir de 2027, producido en la región. La ciudad también está a favor del cambio.';

describe('readsAs', () => {
  it('tells English, German and Spanish apart by their commonest short words', () => {
    expect(readsAs(ENGLISH)?.code).toBe('en');
    expect(readsAs(GERMAN)).toEqual({ code: 'de', name: 'German' });
    expect(readsAs(SPANISH)).toEqual({ code: 'es', name: 'Spanish' });
  });

  it('names a language by its script: Korean, Japanese (kana among Han characters), Chinese', () => {
    expect(readsAs('포스코가 광양제철소에서 수소환원제철 실증설비를 착공했다고 밝혔다. '.repeat(4))?.code).toBe('ko');
    expect(readsAs('日本製鉄は水素を使った製鉄の実証試験を始めると発表した。'.repeat(4))?.code).toBe('ja');
    expect(readsAs('宝武集团宣布在湛江建设氢基竖炉示范项目，计划明年投产。'.repeat(4))?.code).toBe('zh');
  });

  it('says nothing of a text too short to tell, or where no language leads', () => {
    expect(readsAs('Die Anlage läuft.')).toBeNull();
    expect(readsAs(`${ENGLISH} ${GERMAN}`)).toBeNull();
  });
});
