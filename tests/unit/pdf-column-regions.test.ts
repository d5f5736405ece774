/**
 * Two text columns in a region of the page whose lines share baselines with the other column
 * (same font and leading), one column much shorter than the other: the lines are split at the
 * gutter and read left column first, with full-width elements kept whole; borderless tables,
 * lists with an amount column and side headings beside their paragraphs are not columns.
 */
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../parsers/index.ts';
import type { TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

const LEFT_TEXT =
  'Kollektivtrafiken har under året haft fler resenärer än väntat, men biljettintäkterna har inte ' +
  'ökat i samma takt eftersom andelen periodkort med rabatt har blivit större. Kostnaderna för ' +
  'drivmedel och underhåll av fordonen har samtidigt stigit. Förvaltningen har därför gått igenom ' +
  'trafikutbudet linje för linje och tagit fram förslag som minskar kostnaderna utan att försämra ' +
  'möjligheten att resa till arbete och skola. Förslagen har stämts av med kommunerna i länet och ' +
  'med de trafikföretag som kör linjerna på uppdrag av regionen.';

const SECOND_TEXT =
  'Nattrafiken i de större tätorterna har få resenärer efter midnatt på vardagar. Förvaltningen ' +
  'föreslår att turerna efter klockan ett samordnas med anropsstyrd trafik, så att den som behöver ' +
  'resa sent ändå kan göra det. Skolskjutsarna upphandlas på nytt inför nästa läsår och ' +
  'färdtjänsten samordnas med sjukresorna där det går.';

/**
 * A memo page: title across; a long left column of prose that ends with the start of the decision
 * block; the block's points at the top of a short right column; a heading across below.
 */
async function memoPdf(): Promise<Uint8Array> {
  return makePdf((doc) => {
    doc
      .font('bold')
      .fontSize(15)
      .text('Uppföljning av trafiknämndens ekonomi under hösten', 50, 60, { width: 495 });
    const left = { width: 230, lineGap: 2, paragraphGap: 6 };
    doc.font('regular').fontSize(9.5).text(LEFT_TEXT, 50, 100, left);
    doc.text(SECOND_TEXT, left);
    doc.text(LEFT_TEXT, left);
    doc.text(SECOND_TEXT, left);
    doc.font('bold').text('Förslag till beslut', left);
    doc.font('regular').text('Trafiknämnden föreslås besluta', left);
    // The right column flows with the same font size and leading: its lines share the left's baselines.
    const right = { width: 245, lineGap: 2 };
    doc.text(
      '1. att godkänna månadsrapporten för september med de bilagor som hör till den',
      300,
      100,
      right,
    );
    doc.text('2. att uppdra åt förvaltningen att återkomma med en åtgärdsplan', right);
    doc.font('bold').fontSize(13).text('Konsekvenser för resenärer och kommuner i hela länet', 50, 725, {
      width: 495,
    });
    doc
      .font('regular')
      .fontSize(9.5)
      .text(
        'Förändringarna i trafikutbudet beskrivs närmare i bilagan och träder i kraft vid tidtabellsskiftet.',
        50,
        750,
        { width: 495 },
      );
  });
}

describe('two text columns at shared baselines', () => {
  it('reads the left column, then the right one, then the heading across', async () => {
    const model = await loadPdf(await memoPdf());
    const texts = (model.pages[0]?.lines ?? []).map((line) => line.text);
    const firstRight = texts.findIndex((text) => text.startsWith('1. att godkänna'));
    const lastLeft = texts.indexOf('Trafiknämnden föreslås besluta');
    const heading = texts.indexOf('Konsekvenser för resenärer och kommuner i hela länet');
    expect(texts[0]).toBe('Uppföljning av trafiknämndens ekonomi under hösten');
    expect(texts[1]).toMatch(/^Kollektivtrafiken har under året/);
    expect(lastLeft).toBeGreaterThan(30);
    expect(texts[lastLeft - 1]).toBe('Förslag till beslut');
    expect(firstRight).toBe(lastLeft + 1);
    expect(heading).toBe(firstRight + 4);
    expect(texts.slice(firstRight, heading)).toEqual([
      '1. att godkänna månadsrapporten för september',
      'med de bilagor som hör till den',
      '2. att uppdra åt förvaltningen att återkomma med',
      'en åtgärdsplan',
    ]);
    // No line holds text of both columns.
    expect(
      texts.some(
        (text) => /Kollektivtrafiken.*Förslag|besluta.*[a-zåäö]{3} /.test(text) && text.includes('  '),
      ),
    ).toBe(false);
  });

  it('gives the decision points with their wrapped lines, and no measure made of a point', async () => {
    const doc = await extractDocument(await memoPdf(), { now: () => new Date(0), fileName: 'trafik.pdf' });
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'att godkänna månadsrapporten för september med de bilagor som hör till den'],
      ['2', 'att uppdra åt förvaltningen att återkomma med en åtgärdsplan'],
    ]);
    expect(doc.measures).toEqual([]);
  });
});

/** An item as the text layer gives it: width from a rough 0.5 em per character. */
function item(text: string, x: number, y: number, size = 10): TextItem {
  return { text, x, y, width: text.length * size * 0.5, height: size };
}

/** A line of words at x, with word spaces of 0.3 em. */
function words(text: string, x: number, y: number, size = 10): TextItem[] {
  const out: TextItem[] = [];
  let cursor = x;
  for (const word of text.split(' ')) {
    const next = item(word, cursor, y, size);
    out.push(next);
    cursor += next.width + 0.3 * size;
  }
  return out;
}

describe('what is not two text columns', () => {
  it('keeps a list of titles beside an amount column whole', () => {
    const rows = [
      ['a) Färre regionala expressbussar', '6 mkr lägre kostnad 2026 än 2025'],
      ['b) Ny upphandling av skolskjutsar', '11 mkr lägre kostnad 2026 än 2025'],
      ['c) Samordnad färdtjänst', '3 mkr lägre kostnad 2026 än 2025'],
      ['d) Höjda priser för enkelbiljetter', '9 mkr högre intäkt 2026 än 2025'],
      ['e) Vilande linjer på helger', '2 mkr lägre kostnad 2026 än 2025'],
      ['Summa', '31 mkr'],
    ];
    const items = rows.flatMap(([title, amount], i) => [
      ...words(title as string, 50, 100 + i * 14),
      ...words(amount as string, 320, 100 + i * 14),
    ]);
    const lines = buildLines(items);
    // One line per row, title and amount together (the years may stand apart as tab-stop cells).
    expect(lines.map((line) => line.text.replace(/\s+/g, ' '))).toEqual(rows.map((row) => row.join(' ')));
  });

  it('keeps side headings beside their paragraphs on one line each', () => {
    const items: TextItem[] = [];
    const sections = ['Bakgrund', 'Ärendet', 'Ekonomi', 'Uppföljning'];
    sections.forEach((label, s) => {
      const top = 100 + s * 60;
      items.push(...words(label, 50, top));
      for (let l = 0; l < 3; l++)
        items.push(
          ...words(
            `Stycke ${s + 1} rad ${l + 1} om trafikens kostnader och intäkter under året`,
            180,
            top + l * 13,
          ),
        );
    });
    const lines = buildLines(items);
    expect(lines.filter((line) => line.segments.length === 2).map((line) => line.segments[0]?.text)).toEqual(
      sections,
    );
  });

  it('keeps a full-width table below two columns intact while splitting the columns above it', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 8; i++)
      items.push(...words(`vänster rad ${i + 1} om sjukresor och färdtjänst`, 50, 100 + i * 13));
    for (let i = 0; i < 3; i++)
      items.push(...words(`höger rad ${i + 1} om nattrafik i tätorten`, 320, 100 + i * 13));
    const table = [
      ['Linjetrafik', '412,0', '398,5', '13,5'],
      ['Färdtjänst', '88,1', '91,0', '−2,9'],
      ['Skolskjuts', '57,3', '55,0', '2,3'],
    ];
    table.forEach((row, r) => {
      const y = 240 + r * 13;
      items.push(item(row[0] as string, 50, y));
      for (const [c, value] of row.slice(1).entries()) items.push(item(value, 320 + c * 70, y));
    });
    const texts = buildLines(items).map((line) => line.text);
    expect(texts.slice(0, 8).every((text) => text.startsWith('vänster'))).toBe(true);
    expect(texts.slice(8, 11).every((text) => text.startsWith('höger'))).toBe(true);
    expect(texts.slice(11)).toEqual([
      'Linjetrafik  412,0  398,5  13,5',
      'Färdtjänst  88,1  91,0  −2,9',
      'Skolskjuts  57,3  55,0  2,3',
    ]);
  });
});
