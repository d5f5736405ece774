/**
 * Measure tables as other producers draw them (fixtures/tables-layout/*.html, rendered by Chromium and
 * LibreOffice Writer with render.sh): borderless tables with tall rows whose figures stand at the top,
 * in the middle or at the bottom of the row; a unit on its own line under the years; the unit only in
 * the caption ("Belopp i tkr"); Nr, Ansvarig and Status columns; "–", "-" and "(400)" cells; a table
 * over two pages with its two-row header repeated. And measures as numbered sections, and tables that
 * must not pass silently.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { extractDocument } from '../../parsers/index.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const dir = resolve(import.meta.dirname, '..', '..', 'fixtures', 'tables-layout');
const PRODUCERS = ['chromium', 'writer'] as const;
const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

async function extract(name: string) {
  const bytes = new Uint8Array(readFileSync(join(dir, name)));
  return extractDocument(bytes, { now: () => new Date('2026-01-01T00:00:00Z'), fileName: name });
}

type Row = [label: string | null, title: string, effects: Record<number, number>];

function measuresOf(doc: Awaited<ReturnType<typeof extract>>): Row[] {
  return doc.measures.map((m) => [
    m.label,
    m.title,
    Object.fromEntries(m.effects.map((e) => [e.year, e.amountMsek])),
  ]);
}

function totalsOf(doc: Awaited<ReturnType<typeof extract>>) {
  return doc.totals.map((t) => [t.year, t.amountMsek, t.reconciled]);
}

describe.each(PRODUCERS)('tables drawn by %s', (producer) => {
  it('reads tall rows with the figures vertically centred and the unit on its own line under the years', async () => {
    const doc = await extract(`centre-tall.${producer}.pdf`);
    const expected: Row[] = [
      [null, 'Samlad nattbemanning i Skellefteå och Lycksele', { 2025: 4.5, 2026: 9, 2027: 9 }],
      [null, 'Minskad förskrivning av dyra läkemedel (4 insatser)', { 2025: 2, 2026: 6.5, 2027: 8 }],
      [null, 'Avveckling av inhyrda lokaler i Umeå', { 2026: 3.2, 2027: 3.2 }],
    ];
    // Chromium tags this table: the cell reaches the table reader from the structure tree, and its
    // bold title run (the text items' fonts) still ends the title where no punctuation does.
    expect(measuresOf(doc)).toEqual(expected);
    expect(doc.measures[0]?.description).toMatch(/^Nattbemanningen på de medicinska avdelningarna samordnas/);
    expect(doc.measures[1]?.subMeasureCount).toBe(4);
    expect(doc.measures[1]?.subMeasures[0]).toBe('Byte till biosimilarer inom reumatologin.');
    expect(totalsOf(doc)).toEqual([
      [2025, 6.5, true],
      [2026, 18.7, true],
      [2027, 20.2, true],
    ]);
    expect(doc.extraction.warnings).toEqual([]);
  });

  it('reads bottom-aligned rows with Nr, Ansvarig and Status columns and the unit only in the caption (tkr)', async () => {
    const doc = await extract(`bottom-extra.${producer}.pdf`);
    expect(measuresOf(doc)).toEqual([
      ['1', 'Minskade kostnader för hyrläkare i Hudiksvall', { 2025: 1.5, 2026: 3.2 }],
      ['2', 'Samordnad upphandling av hjälpmedel', { 2026: 0.85 }],
      ['3', 'Stängning av en vårdavdelning under sommaren', { 2025: 2.1, 2026: -0.4 }],
    ]);
    // The Ansvarig and Status columns stay out of title and description.
    for (const measure of doc.measures) {
      expect(`${measure.title} ${measure.description}`).not.toMatch(/chef|Pågår|Planerad|Beslutad/);
    }
    expect(doc.measures[2]?.description).toBe(
      'Avdelning 12 på Gävle sjukhus hålls stängd i sju veckor och patienterna vårdas på avdelning 14.',
    );
    expect(totalsOf(doc)).toEqual([
      [2025, 3.6, true],
      [2026, 3.65, true],
    ]);
  });

  it('reads one table over two pages with its two-row header repeated, figures at the top of the rows', async () => {
    const doc = await extract(`multipage-top.${producer}.pdf`);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Gemensam upphandling av laboratorietjänster',
      'Färre externa konsulter inom IT',
      'Översyn av jourlinjer i Östersund',
      'Digital vårdcentral för hela länet',
      'Minskad användning av engångsmaterial',
      'Samlokalisering av rehabilitering',
      'Höjd avgift för uteblivna besök',
      'Bättre planering av operationssalar',
      'Minskad övertid inom ambulanssjukvården',
      'Avveckling av en hyrd lagerlokal',
      'Förbättrad fakturering av utomlänsvård',
      'Samordnad transport av prover',
      'Minskade resor till utbildningar',
      'Översyn av tolkkostnader',
    ]);
    expect(measuresOf(doc)[3]).toEqual([null, 'Digital vårdcentral för hela länet', { 2026: 2, 2027: 3.5 }]);
    expect(measuresOf(doc)[13]).toEqual([
      null,
      'Översyn av tolkkostnader',
      { 2025: 0.5, 2026: 0.8, 2027: 0.8 },
    ]);
    expect(new Set(doc.measures.map((m) => m.page))).toEqual(new Set([1, 2]));
    expect(totalsOf(doc)).toEqual([
      [2025, 11.6, true],
      [2026, 21.4, true],
      [2027, 23.4, true],
    ]);
  });
});

function analyze(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

describe('measures as numbered sections', () => {
  it('takes a section with an effect line as a measure, the section number as its label', () => {
    const doc = analyze(`# Åtgärder för ekonomi i balans 2025–2026
## 3 Åtgärder
## 3.1 Översyn av nattbemanningen i Kalmar
Nattbemanningen på medicinkliniken samordnas mellan avdelningarna.
Beräknad effekt: 4,5 mkr 2025 och 9 mkr 2026

## 3.2 Minskad köpt vård inom ortopedin
Fler patienter opereras på det egna sjukhuset i Västervik.
Effekt 2026: 12 mnkr

## 3.3 Bakgrund till arbetet
Arbetet startade under hösten.`);
    expect(doc.measures.map((m) => [m.label, m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual(
      [
        [
          '3.1',
          'Översyn av nattbemanningen i Kalmar',
          [
            [2025, 4.5],
            [2026, 9],
          ],
        ],
        ['3.2', 'Minskad köpt vård inom ortopedin', [[2026, 12]]],
      ],
    );
    expect(doc.measures[0]?.description).toBe(
      'Nattbemanningen på medicinkliniken samordnas mellan avdelningarna.',
    );
  });
});

describe('never silent', () => {
  it('warns TABLE_UNPARSED on a table of figures by year that states no unit anywhere', () => {
    const doc = analyze(`## Åtgärder
Åtgärd                                         2025       2026
Minskad hyrbemanning                           4 500      6 000
Översyn av läkemedelssortiment                 1 200      1 500`);
    expect(doc.measures).toEqual([]);
    expect(doc.warnings.filter((w) => w.code !== 'REGION_UNKNOWN')).toMatchObject([
      { code: 'TABLE_UNPARSED', page: 1 },
    ]);
  });

  it('does not reconcile a total whose table was not read whole, even when the sum matches', () => {
    const doc = analyze(`## Åtgärder (mkr)
Åtgärd                                         2025       2026
Minskad hyrbemanning                            4,5        6,0
Översyn av läkemedelssortiment                  1,2      se ovan
Totalt                                          5,7        6,0`);
    expect(doc.totals.map((t) => [t.year, t.amountMsek, t.sumOfMeasures, t.reconciled])).toEqual([
      [2025, 5.7, 5.7, null],
      [2026, 6, 6, null],
    ]);
    expect(doc.warnings.map((w) => w.code)).toContain('AMBIGUOUS_TABLE');
  });

  it('ends a title at its sentence, not at a colon inside a short phrase, and not after the description', () => {
    const doc = analyze(`## Åtgärder (mkr)
Åtgärd                                                               2025    2026
Läkemedel: byte till biosimilarer. Gäller reumatologin och magtarm.   2,0     2,0
Minskad hyrbemanning: avtalen med bemanningsföretagen sägs upp        1,5     3,0`);
    expect(doc.measures.map((m) => [m.title, m.description])).toEqual([
      ['Läkemedel: byte till biosimilarer', 'Gäller reumatologin och magtarm.'],
      ['Minskad hyrbemanning', 'avtalen med bemanningsföretagen sägs upp'],
    ]);
  });
});
