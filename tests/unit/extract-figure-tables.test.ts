/**
 * Money figures in tables that are neither year tables nor measure tables (a report's deviation
 * table, a cost table per unit): amounts with the sign of the cell and the unit of the header,
 * caption or heading; counts, shares, years and running numbers are not money.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { extractDocument } from '../../parsers/index.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

describe('figures of a table as amounts', () => {
  it('reads a deviation table in tkr under its caption, signs from parentheses and minus', () => {
    const doc = analyze(`# Ekonomisk rapport för kulturnämnden
Resultatet följs upp per förvaltning i tabellen nedan.
Nettokostnad per förvaltning (tkr)
Förvaltning                 Budget    Avvikelse
Kulturförvaltningen         12 400      (350)
Folkhögskolorna              8 150     −1 200
Regionbiblioteket            2 020        410
Summa                       22 570     −1 140`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([12.4, 8.15, 2.02, 22.57, -0.35, -1.2, 0.41, -1.14]);
    expect(doc.amounts[4]?.raw).toBe('(350)');
    expect(doc.amounts[4]?.context).toContain('Kulturförvaltningen');
    expect(doc.warnings.filter((w) => /AMOUNT|TABLE/.test(w.code))).toEqual([]);
  });

  it('keeps reading the rows after a label cell that wraps', () => {
    const doc = analyze(`# Delårsrapport
Avvikelse mot budget, mkr
Verksamhetsområde               Utfall    Helår
Primärvård och                   (2,5)    (3,0)
rehabilitering
Specialiserad vård                 4,5      6,0
Summa                              2,0      3,0`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([-2.5, 4.5, 2, -3, 6, 3]);
    expect(doc.amounts[0]?.context).toContain('Primärvård och rehabilitering');
  });

  it('leaves out counts, shares, years and running numbers; a unit in a column header wins', () => {
    const doc = analyze(`# Vårdplatser och kostnader
Tabell 3. Sjukhusens vårdplatser
Nr   Sjukhus            Antal platser   Beläggning %   Startår   Kostnad mkr
1    Länssjukhuset               212            94       2019         1 310,5
2    Lasarettet i norr            88            97       2021           402,0
3    Närsjukhuset                 35            81       2023            96,4`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([1310.5, 402, 96.4]);
  });

  it('reads no figure of a table without a unit, and says so', () => {
    const doc = analyze(`# Uppföljning
Utfall per verksamhet
Verksamhet            Utfall    Prognos
Primärvård              12,5       14,0
Psykiatri                3,1        2,9`);
    expect(doc.amounts).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_UNPARSED');
  });

  it('warns when the unit comes from a heading further up, not from the table', () => {
    const doc = analyze(`## Driftredovisning, mnkr
Nämnden redovisar utfallet för årets första tertial.
Prognosen bygger på utfallet hittills och kända förändringar.
Kostnaderna för bemanning har ökat mer än väntat under våren.
Intäkterna från patientavgifter ligger i nivå med budget.
Verksamhet            Utfall    Prognos
Primärvård              12,5      -14,0
Psykiatri                3,1        2,9`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([12.5, 3.1, -14, 2.9]);
    expect(doc.warnings.map((w) => w.code)).toContain('AMBIGUOUS_AMOUNT');
  });
});

describe('a deviation table on a slide', () => {
  it('reads a drawn table under the slide title (mkr) as amounts', async () => {
    const bytes = await makePdf(
      (doc) => {
        doc.font('bold').fontSize(24).text('Avvikelse per område, mkr', 40, 30);
        const rows = [
          ['Område', 'Utfall aug', 'Prognos dec'],
          ['Tandvård', '(4,2)', '(6,0)'],
          ['Hjälpmedel', '1,8', '2,5'],
          ['Totalt', '(2,4)', '(3,5)'],
        ];
        rows.forEach((row, r) => {
          const y = 100 + r * 28;
          doc.font(r === 0 ? 'bold' : 'regular').fontSize(14);
          doc.text(row[0] as string, 50, y);
          doc.text(row[1] as string, 330, y, { width: 120, align: 'right' });
          doc.text(row[2] as string, 480, y, { width: 120, align: 'right' });
          doc
            .moveTo(40, y - 6)
            .lineTo(620, y - 6)
            .stroke();
        });
        doc.moveTo(40, 206).lineTo(620, 206).stroke();
      },
      { size: [792, 446], margin: 30 },
    );
    const doc = await extractDocument(bytes, { now: () => new Date(0), fileName: 'bildspel.pdf' });
    expect(doc.amounts.map((a) => a.amountMsek).sort((a, b) => a - b)).toEqual([
      -6, -4.2, -3.5, -2.4, 1.8, 2.5,
    ]);
  });
});

describe('a figure table whose header wraps', () => {
  it('reads the header cells over two lines, the unit on the second', () => {
    const doc = analyze(`# Uppföljning av vårdcentralerna
Driftredovisning per område
Område                    Utfall        Budget        Helårsprognos
                                                          (mkr)
Norra distriktet            48,2          51,0            −4,1
Södra distriktet            39,7          38,5             1,9
Summa                       87,9          89,5            −2,2`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([48.2, 39.7, 87.9, 51, 38.5, 89.5, -4.1, 1.9, -2.2]);
  });

  it('keeps a "Föregående år" column as money and leaves a share column out', () => {
    const doc = analyze(`# Kvartalsrapport
Kostnader per område, tkr
Område               Föregående år       Utfall      Andel
Laboratoriet                 8 120        8 450         41
Röntgen                     11 300       12 010         59`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([8.12, 11.3, 8.45, 12.01]);
  });

  it("splits a header written as one run over several columns by the words' places", () => {
    const doc = analyze(`# Sektionernas ekonomi
Kostnader per sektion, mkr
Sektion                 Utfall hittills Andel % Prognos
Hjärtsektionen                      12,4        31    15,0
Lungsektionen                       27,6        69    33,1`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([12.4, 27.6, 15, 33.1]);
  });

  it('reads a row whose label wraps around its figures (figures centred on the row)', () => {
    const doc = analyze(`# Tertialrapport för rehabiliteringen
Avvikelse per vårdområde, mkr
Vårdområde                 Utfall     Avvikelse
Ortopedi                    64,0        (2,1)
Rehabilitering och
                            31,5         1,4
geriatrik
Summa                       95,5        (0,7)`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([64, 31.5, 95.5, -2.1, 1.4, -0.7]);
    expect(doc.amounts[1]?.context).toContain('Rehabilitering och geriatrik');
  });
});
