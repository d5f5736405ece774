/**
 * Measure tables in a hierarchy: a parent row whose figures are those of the rows under it — numbered in
 * levels ("3" over "3.1", "3.2"), led by "varav", or shown only by indentation or bold (which the rows do
 * not keep, so arithmetic tells it) — is no measure beside its children (the plan would count twice); its
 * figures are amounts of the paper. "Varav" rows that do not add up are details of the measure above.
 * A numbered parent whose parts do not add up is read by its numbering, with a warning. Hand-built tables
 * in wordings the fixture generators never use.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import type { Page } from '../../parsers/page-model.ts';
import { pagesWithCellTable as withCells } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (pages: Page[]) => analyzePages(pages, { fileName: 'test.pdf', info });
const measures = (doc: ReturnType<typeof analyze>) =>
  doc.measures.map((m) => [m.title, Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek]))]);
const totals = (doc: ReturnType<typeof analyze>) =>
  doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]);
const ambiguous = (doc: ReturnType<typeof analyze>) =>
  doc.warnings.filter((w) => w.code === 'AMBIGUOUS_TABLE');

describe('parent rows that sum the rows under them', () => {
  it('reads the rows numbered under a parent as its measures and the parent as amounts', () => {
    const doc = analyze(
      withCells('## Åtgärder för budget i balans, mkr', [
        ['Nr', 'Åtgärd', '2026', '2027'],
        ['3', 'Tandvårdens kliniker', '1,7', '2,3'],
        ['3.1', 'Sammanslagning av två folktandvårdskliniker', '1,2', '1,5'],
        ['3.2', 'Färre akuttider på lördagar', '0,5', '0,8'],
        ['4', 'Avgifter för uteblivna besök', '0,6', '0,6'],
        ['', 'Summa', '2,3', '2,9'],
      ]),
    );
    expect(measures(doc)).toEqual([
      ['Sammanslagning av två folktandvårdskliniker', { 2026: 1.2, 2027: 1.5 }],
      ['Färre akuttider på lördagar', { 2026: 0.5, 2027: 0.8 }],
      ['Avgifter för uteblivna besök', { 2026: 0.6, 2027: 0.6 }],
    ]);
    expect(totals(doc)).toEqual([
      [2026, 2.3, true],
      [2027, 2.9, true],
    ]);
    const figures = doc.amounts.map((a) => a.amountMsek);
    for (const x of [1.7, 2.3]) expect(figures).toContain(x);
    expect(ambiguous(doc)).toEqual([]);
  });

  it('heads a group by a numbered row without figures and lists sub-rows without figures under their measure', () => {
    const doc = analyze(
      withCells('## Handlingsplan, åtgärder per område (mnkr)', [
        ['Nr', 'Åtgärd', '2026', '2027'],
        ['2', 'Hjälpmedel', '', ''],
        ['2.1', 'Återanvändning av rullstolar', '0,9', '1,1'],
        ['2.1.1', 'Rekonditionering i egen verkstad', '0,4', '0,5'],
        ['2.1.2', 'Gemensamt lager med grannkommunerna', '0,5', '0,6'],
        ['2.2', 'Ny förskrivningsrutin för hörapparater', '0,3', '0,3'],
        ['2.2.1', 'Förskrivning efter utprovning', '', ''],
        ['2.2.2', 'Uppföljning via app', '', ''],
        ['', 'Delsumma område 2', '1,2', '1,4'],
        ['3', 'Sjukresor', '', ''],
        ['3.1', 'Samåkning till dagvården', '0,2', '0,4'],
        ['', 'Delsumma område 3', '0,2', '0,4'],
        ['', 'Totalt', '1,4', '1,8'],
      ]),
    );
    expect(measures(doc)).toEqual([
      ['Rekonditionering i egen verkstad', { 2026: 0.4, 2027: 0.5 }],
      ['Gemensamt lager med grannkommunerna', { 2026: 0.5, 2027: 0.6 }],
      ['Ny förskrivningsrutin för hörapparater', { 2026: 0.3, 2027: 0.3 }],
      ['Samåkning till dagvården', { 2026: 0.2, 2027: 0.4 }],
    ]);
    expect(doc.measures[2]?.subMeasureCount).toBe(2);
    expect(totals(doc)).toEqual([
      [2026, 1.4, true],
      [2027, 1.8, true],
    ]);
  });

  it('takes "varav" rows that add up to their parent as its measures, and those that do not as details', () => {
    const doc = analyze(
      withCells('## Åtgärder och effekt, mkr', [
        ['Åtgärd', '2026', '2027'],
        ['Lägre kostnad för laboratorieprover', '2,0', '2,6'],
        ['varav mikrobiologi', '1,4', '1,6'],
        ['varav patologi', '0,6', '1,0'],
        ['Byte av städentreprenör', '3,0', '3,0'],
        ['varav sjukhusens vårdavdelningar', '1,1', '1,2'],
        ['Summa', '5,0', '5,6'],
      ]),
    );
    expect(measures(doc)).toEqual([
      ['Mikrobiologi', { 2026: 1.4, 2027: 1.6 }],
      ['Patologi', { 2026: 0.6, 2027: 1 }],
      ['Byte av städentreprenör', { 2026: 3, 2027: 3 }],
    ]);
    const figures = doc.amounts.map((a) => a.amountMsek);
    for (const x of [2, 2.6, 1.1, 1.2]) expect(figures).toContain(x);
  });

  it('tells unnumbered parents by arithmetic over two years when two of them add up', () => {
    const doc = analyze(
      withCells('## Åtgärder 2026–2027 (mkr)', [
        ['Åtgärd', '2026', '2027'],
        ['Ambulanssjukvård', '2,1', '3,0'],
        ['Ny dygnsrytm för stationerna', '1,6', '2,2'],
        ['Sjuktransporter utan ambulans', '0,5', '0,8'],
        ['Bemanning i lokalvården', '1,3', '1,3'],
        ['Lokalvård', '0,9', '1,4'],
        ['Färre städtillfällen i kontorslokaler', '0,4', '0,5'],
        ['Egen personal i stället för entreprenad', '0,5', '0,9'],
        ['Summa åtgärder', '4,3', '5,7'],
      ]),
    );
    expect(measures(doc).map((m) => m[0])).toEqual([
      'Ny dygnsrytm för stationerna',
      'Sjuktransporter utan ambulans',
      'Bemanning i lokalvården',
      'Färre städtillfällen i kontorslokaler',
      'Egen personal i stället för entreprenad',
    ]);
    expect(totals(doc)).toEqual([
      [2026, 4.3, true],
      [2027, 5.7, true],
    ]);
  });

  it('keeps a lone row that happens to equal the next two in a two-year table', () => {
    const doc = analyze(
      withCells('## Åtgärder (mkr)', [
        ['Åtgärd', '2026', '2027'],
        ['Minskad övertid i ambulansen', '1,5', '2,0'],
        ['Ändrade jourlinjer', '1,0', '1,2'],
        ['Sänkt hyra för vårdcentralen', '0,5', '0,8'],
        ['Summa', '3,0', '4,0'],
      ]),
    );
    expect(measures(doc)).toHaveLength(3);
  });

  it('reads numbered parts that do not add up to their parent as its parts, with a warning', () => {
    const doc = analyze(
      withCells('## Åtgärder för budget i balans, mkr', [
        ['Nr', 'Åtgärd', '2026', '2027'],
        ['1', 'Primärvårdens jourverksamhet', '2,2', '2,9'],
        ['1.1', 'Samlad jourmottagning i centralorten', '1,5', '2,1'],
        ['1.2', 'Telefonrådgivning nattetid', '0,6', '0,8'],
        ['2', 'Sänkta kostnader för konsulter', '0,7', '0,7'],
        ['', 'Summa', '2,8', '3,6'],
      ]),
    );
    expect(measures(doc).map((m) => m[0])).toEqual([
      'Samlad jourmottagning i centralorten',
      'Telefonrådgivning nattetid',
      'Sänkta kostnader för konsulter',
    ]);
    expect(
      ambiguous(doc)
        .map((w) => w.message)
        .join(' '),
    ).toContain('not the sum of the rows under it');
  });

  it("reads measures listed with their figures in a label cell whose sums are the row's figures", () => {
    const doc = analyze(
      withCells('## Åtgärder per verksamhet (mkr)', [
        ['Verksamhet och åtgärder', '2026', '2027'],
        [
          'Rättspsykiatri\n• Egen vård i stället för köpta platser: 2,0 mkr 2026, 2,5 mkr 2027\n• Färre extravak: 0,4 mkr 2026, 0,6 mkr 2027',
          '2,4',
          '3,1',
        ],
        [
          'Ögonsjukvård\nSamlad kataraktkirurgi: 1,1 mkr 2026, 1,3 mkr 2027\nFärre återbesök efter operation: 0,2 mkr 2026, 0,2 mkr 2027',
          '1,3',
          '1,5',
        ],
        ['Summa', '3,7', '4,6'],
      ]),
    );
    expect(measures(doc)).toEqual([
      ['Egen vård i stället för köpta platser', { 2026: 2, 2027: 2.5 }],
      ['Färre extravak', { 2026: 0.4, 2027: 0.6 }],
      ['Samlad kataraktkirurgi', { 2026: 1.1, 2027: 1.3 }],
      ['Färre återbesök efter operation', { 2026: 0.2, 2027: 0.2 }],
    ]);
    expect(totals(doc)).toEqual([
      [2026, 3.7, true],
      [2027, 4.6, true],
    ]);
  });

  it('keeps a row whose listed figures are not its figures as one measure', () => {
    const doc = analyze(
      withCells('## Åtgärder per verksamhet (mkr)', [
        ['Åtgärd', '2026', '2027'],
        [
          'Rättspsykiatri\n• Egen vård i stället för köpta platser: 2,0 mkr 2026, 2,5 mkr 2027\n• Färre extravak: 0,4 mkr 2026, 0,6 mkr 2027',
          '3,0',
          '3,1',
        ],
      ]),
    );
    expect(measures(doc)).toEqual([['Rättspsykiatri', { 2026: 3, 2027: 3.1 }]]);
  });
});
