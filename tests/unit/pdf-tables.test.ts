import { describe, expect, it } from 'vitest';
import type { Page, PageTable } from '../../parsers/page-model.ts';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

type Doc = PDFKit.PDFDocument;

async function onlyPage(bytes: Uint8Array): Promise<Page> {
  const model = await loadPdf(bytes);
  const page = model.pages[0];
  if (!page) throw new Error('no page');
  return page;
}

function onlyTable(page: Page): PageTable {
  expect(page.tables).toHaveLength(1);
  return page.tables[0] as PageTable;
}

const COLUMNS = [50, 250, 330, 410, 490];
const ROWS = [100, 124, 148, 172, 196];
const CELLS = [
  ['Åtgärd', '2024', '2025', '2026'],
  ['Minskad hyrbemanning', '8,9', '', '12'],
  ['Sjukresor (6 insatser)', '3,5', '4', ''],
  ['Totalt', '12,4', '4', '12'],
];

function at<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no element ${index}`);
  return value;
}

function writeCells(doc: Doc, cells: string[][] = CELLS, columns = COLUMNS, rows = ROWS): void {
  doc.fillColor('black').fontSize(10);
  cells.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text) doc.text(text, at(columns, c) + 4, at(rows, r) + 7, { lineBreak: false });
    });
  });
}

/** Every border of every cell as its own stroked path: shared borders drawn twice, in pieces. */
function strokesPerCellEdge(doc: Doc): void {
  for (let r = 0; r + 1 < ROWS.length; r++) {
    for (let c = 0; c + 1 < COLUMNS.length; c++) {
      const [x0, x1, y0, y1] = [at(COLUMNS, c), at(COLUMNS, c + 1), at(ROWS, r), at(ROWS, r + 1)];
      doc.moveTo(x0, y0).lineTo(x1, y0).stroke();
      doc.moveTo(x0, y1).lineTo(x1, y1).stroke();
      doc.moveTo(x0, y0).lineTo(x0, y1).stroke();
      doc.moveTo(x1, y0).lineTo(x1, y1).stroke();
    }
  }
}

/** The whole grid as one path: the frame as a closed polyline, the inner lines as subpaths. */
function onePath(doc: Doc): void {
  const [left, right, top, bottom] = [
    at(COLUMNS, 0),
    at(COLUMNS, -1 + COLUMNS.length),
    at(ROWS, 0),
    at(ROWS, ROWS.length - 1),
  ];
  doc.moveTo(left, top).lineTo(right, top).lineTo(right, bottom).lineTo(left, bottom).closePath();
  for (const y of ROWS.slice(1, -1)) doc.moveTo(left, y).lineTo(right, y);
  for (const x of COLUMNS.slice(1, -1)) doc.moveTo(x, top).lineTo(x, bottom);
  doc.stroke();
}

/** A stroked `re` rectangle per cell. */
function strokedRectangles(doc: Doc): void {
  for (let r = 0; r + 1 < ROWS.length; r++) {
    for (let c = 0; c + 1 < COLUMNS.length; c++) {
      const [x0, x1, y0, y1] = [at(COLUMNS, c), at(COLUMNS, c + 1), at(ROWS, r), at(ROWS, r + 1)];
      doc.rect(x0, y0, x1 - x0, y1 - y0);
    }
  }
  doc.lineWidth(0.75).stroke();
}

/** Word's way: each border piece a thin filled rectangle, and the header row shaded. */
function filledThinRectangles(doc: Doc): void {
  const left = at(COLUMNS, 0);
  const right = at(COLUMNS, COLUMNS.length - 1);
  doc.rect(left, at(ROWS, 0), right - left, at(ROWS, 1) - at(ROWS, 0)).fill('#d9e2f3');
  for (let r = 0; r + 1 < ROWS.length; r++) {
    for (let c = 0; c + 1 < COLUMNS.length; c++) {
      const [x0, x1, y0, y1] = [at(COLUMNS, c), at(COLUMNS, c + 1), at(ROWS, r), at(ROWS, r + 1)];
      doc.rect(x0 - 0.25, y0 - 0.25, x1 - x0 + 0.5, 0.5).fill('black');
      doc.rect(x0 - 0.25, y1 - 0.25, x1 - x0 + 0.5, 0.5).fill('black');
      doc.rect(x0 - 0.25, y0 - 0.25, 0.5, y1 - y0 + 0.5).fill('black');
      doc.rect(x1 - 0.25, y0 - 0.25, 0.5, y1 - y0 + 0.5).fill('black');
    }
  }
}

function expectGridTable(table: PageTable): void {
  expect(table.source).toBe('ruled');
  expect(table.rows).toEqual(CELLS);
  expect(table.box?.x).toBeCloseTo(50, 0);
  expect(table.box?.y).toBeCloseTo(100, 0);
  expect(table.box?.width).toBeCloseTo(440, 0);
  expect(table.box?.height).toBeCloseTo(96, 0);
  expect(table.cells).toHaveLength(16);
  const cell = table.cells?.find((c) => c.row === 1 && c.col === 0);
  expect(cell?.text).toBe('Minskad hyrbemanning');
  expect(cell?.box?.x).toBeCloseTo(50, 0);
  expect(cell?.box?.y).toBeCloseTo(124, 0);
  expect(cell?.box?.width).toBeCloseTo(200, 0);
  expect(cell?.box?.height).toBeCloseTo(24, 0);
}

describe('ruled tables from the drawing, whatever way the borders are drawn', () => {
  const styles: Array<[string, (doc: Doc) => void]> = [
    ['a stroke per cell edge (borders drawn twice, in pieces)', strokesPerCellEdge],
    ['one multi-segment path with a closed polyline frame', onePath],
    ['stroked re rectangles, one per cell', strokedRectangles],
    ['thin filled rectangles with a shaded header row (Word)', filledThinRectangles],
  ];
  for (const [name, draw] of styles) {
    it(name, async () => {
      const page = await onlyPage(
        await makePdf((doc) => {
          draw(doc);
          writeCells(doc);
        }),
      );
      expectGridTable(onlyTable(page));
      // The text layer keeps the same cells as lines too.
      expect(pageText(page)).toContain('Minskad hyrbemanning  8,9  12');
    });
  }

  it('closes a table open at the sides (rules across, column borders only between columns)', async () => {
    const openSided = (doc: Doc, rows: number[]): void => {
      for (const y of rows) doc.moveTo(50, y).lineTo(490, y).stroke();
      for (const x of COLUMNS.slice(1, -1))
        doc
          .moveTo(x, at(rows, 0))
          .lineTo(x, at(rows, rows.length - 1))
          .stroke();
    };
    const second = ROWS.map((y) => y + 200);
    const page = await onlyPage(
      await makePdf((doc) => {
        openSided(doc, ROWS);
        writeCells(doc);
        // A second such table below, with the same margins, after a caption between the two.
        doc.fontSize(10).text('Tabell 2. Effekter i nästa plan', 54, 250, { lineBreak: false });
        openSided(doc, second);
        writeCells(doc, CELLS, COLUMNS, second);
        // Plain rules under headings, no column borders: no table.
        for (const y of [600, 640, 680]) doc.moveTo(50, y).lineTo(490, y).stroke();
        doc.text('Bakgrund', 54, 610, { lineBreak: false });
      }),
    );
    expect(page.tables).toHaveLength(2);
    for (const table of page.tables) {
      expect(table.rows).toEqual(CELLS);
      expect(table.box?.x).toBeCloseTo(50, 0);
      expect(table.box?.width).toBeCloseTo(440, 0);
    }
    expect(page.tables[1]?.box?.y).toBeCloseTo(300, 0);
  });

  it('reads the grid of a page with /Rotate 90 in the coordinates of the page as displayed', async () => {
    const page = await onlyPage(
      await makePdf((doc) => {
        (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate =
          90;
        // Content drawn turned a quarter so that, rotated for display, it reads normally.
        doc.save();
        doc.rotate(-90, { origin: [0, 0] });
        doc.translate(-841.89, 0);
        strokesPerCellEdge(doc);
        writeCells(doc);
        doc.restore();
      }),
    );
    expect(page.width).toBeGreaterThan(page.height);
    expectGridTable(onlyTable(page));
  });

  it('reads the grid of landscape content on a portrait page without /Rotate, turned as the text is', async () => {
    const page = await onlyPage(
      await makePdf((doc) => {
        doc.save();
        doc.rotate(90, { origin: [0, 0] });
        doc.translate(0, -595.28);
        filledThinRectangles(doc);
        writeCells(doc);
        doc.restore();
      }),
    );
    expect(page.width).toBeGreaterThan(page.height);
    const table = onlyTable(page);
    expect(table.rows).toEqual(CELLS);
    expect(table.box?.width).toBeCloseTo(440, 0);
  });

  it('reads a wide landscape MediaBox', async () => {
    const page = await onlyPage(
      await makePdf(
        (doc) => {
          onePath(doc);
          writeCells(doc);
        },
        { layout: 'landscape' },
      ),
    );
    expect(page.width).toBeGreaterThan(page.height);
    expectGridTable(onlyTable(page));
  });

  it('keeps a tall cell whole: ten lines of text beside figures centred in the row', async () => {
    const description =
      'Minskad hyrbemanning genom egen bemanningspool, översyn av schemaläggning och ' +
      'gemensam rekrytering av sjuksköterskor till slutenvården i hela regionen, med ' +
      'uppföljning varje månad i förvaltningens ledningsgrupp och rapport till nämnden.';
    const rows = [100, 124, 274, 298];
    const page = await onlyPage(
      await makePdf((doc) => {
        for (const y of rows) doc.moveTo(50, y).lineTo(490, y).stroke();
        for (const x of COLUMNS) doc.moveTo(x, 100).lineTo(x, 298).stroke();
        doc.fontSize(10);
        ['Åtgärd', '2024', '2025', '2026'].forEach((text, c) => {
          doc.text(text, at(COLUMNS, c) + 4, 107, { lineBreak: false });
        });
        doc.text(description, 54, 128, { width: 190, lineGap: 1 });
        // The figures stand vertically centred in the row, level with the cell's fifth line.
        ['8,9', '10', '12'].forEach((text, c) => {
          doc.text(text, at(COLUMNS, c + 1) + 4, 193, { lineBreak: false });
        });
        doc.text('Totalt', 54, 281, { lineBreak: false });
        ['8,9', '10', '12'].forEach((text, c) => {
          doc.text(text, at(COLUMNS, c + 1) + 4, 281, { lineBreak: false });
        });
      }),
    );
    const table = onlyTable(page);
    expect(table.rows).toEqual([
      ['Åtgärd', '2024', '2025', '2026'],
      [description, '8,9', '10', '12'],
      ['Totalt', '8,9', '10', '12'],
    ]);
    // Many lines of text: the layout really wrapped the description.
    expect(page.lines.filter((line) => line.x < 60 && line.y > 124 && line.y < 274).length).toBeGreaterThan(
      5,
    );
  });

  it('spans merged cells: a header over the year columns, a label over two header rows', async () => {
    const columns = [50, 250, 330, 410, 490];
    const rows = [100, 120, 140, 164, 188];
    const page = await onlyPage(
      await makePdf((doc) => {
        const hLine = (y: number, x0: number, x1: number): void => {
          doc.rect(x0, y - 0.3, x1 - x0, 0.6).fill('black');
        };
        const vLine = (x: number, y0: number, y1: number): void => {
          doc.rect(x - 0.3, y0, 0.6, y1 - y0).fill('black');
        };
        hLine(100, 50, 490);
        hLine(120, 250, 490); // under the spanning header only
        for (const y of rows.slice(2)) hLine(y, 50, 490);
        vLine(50, 100, 188);
        vLine(250, 100, 188);
        vLine(330, 120, 188); // year borders start under the spanning header
        vLine(410, 120, 188);
        vLine(490, 100, 188);
        doc.fillColor('black').fontSize(10);
        doc.text('Åtgärd', 54, 115, { lineBreak: false });
        doc.text('Ekonomisk effekt, mnkr', 320, 105, { lineBreak: false });
        ['2024', '2025', '2026'].forEach((y, c) => {
          doc.text(y, at(columns, c + 1) + 4, 125, { lineBreak: false });
        });
        ['Läkemedel', '5', '5', '5'].forEach((t, c) => {
          doc.text(t, at(columns, c) + 4, 146, { lineBreak: false });
        });
        ['Lokaler', '2,5', '', '1'].forEach((t, c) => {
          if (t) doc.text(t, at(columns, c) + 4, 170, { lineBreak: false });
        });
      }),
    );
    const table = onlyTable(page);
    expect(table.rows).toEqual([
      ['Åtgärd', 'Ekonomisk effekt, mnkr', 'Ekonomisk effekt, mnkr', 'Ekonomisk effekt, mnkr'],
      ['Åtgärd', '2024', '2025', '2026'],
      ['Läkemedel', '5', '5', '5'],
      ['Lokaler', '2,5', '', '1'],
    ]);
    const header = table.cells?.find((cell) => cell.text === 'Ekonomisk effekt, mnkr');
    expect(header).toMatchObject({ row: 0, col: 1, rowSpan: 1, colSpan: 3 });
    expect(table.cells?.find((cell) => cell.text === 'Åtgärd')).toMatchObject({ row: 0, col: 0, rowSpan: 2 });
  });

  it('gives up on a dense mesh of lines (a drawing, or a hostile file) without a table', async () => {
    const page = await onlyPage(
      await makePdf((doc) => {
        doc.lineWidth(0.1);
        for (let i = 0; i <= 500; i++) doc.moveTo(40, 40 + i * 1.5).lineTo(790, 40 + i * 1.5);
        for (let i = 0; i <= 500; i++) doc.moveTo(40 + i * 1.5, 40).lineTo(40 + i * 1.5, 790);
        // Lines far off the page, as damaged files have them.
        doc.moveTo(-1e9, 100).lineTo(1e9, 100).moveTo(300, -1e9).lineTo(300, 1e9);
        doc.stroke();
        doc.fontSize(10).text('Figur 3. Vårdplatser per sjukhus', 50, 800, { lineBreak: false });
      }),
    );
    expect(page.tables).toEqual([]);
    expect(page.lines.map((line) => line.text)).toEqual(['Figur 3. Vårdplatser per sjukhus']);
  });

  it('finds no table in drawings that are not tables: a bar chart, a framed box, empty gridlines', async () => {
    const page = await onlyPage(
      await makePdf((doc) => {
        // Bars: large filled rectangles side by side.
        [60, 90, 45].forEach((height, i) => {
          doc.rect(60 + i * 40, 300 - height, 30, height).fill('#4472c4');
        });
        doc.fillColor('black');
        // A framed note: one cell.
        doc.rect(50, 350, 300, 60).stroke();
        doc.fontSize(10).text('Observera att beloppen är preliminära.', 56, 360, { lineBreak: false });
        // Gridlines of a chart with nothing in their cells.
        for (let i = 0; i <= 4; i++)
          doc
            .moveTo(300, 450 + i * 20)
            .lineTo(500, 450 + i * 20)
            .stroke();
        for (let i = 0; i <= 4; i++)
          doc
            .moveTo(300 + i * 50, 450)
            .lineTo(300 + i * 50, 530)
            .stroke();
      }),
    );
    expect(page.tables).toEqual([]);
  });
});

/** A table of the structure tree: rows of cells whose children draw their text (or nothing). */
function taggedTable(
  doc: Doc,
  rows: Array<Array<{ role: 'TH' | 'TD'; text?: string; x: number; y: number; width?: number }>>,
  parent: PDFKit.PDFStructureElement,
): void {
  const table = doc.struct('Table');
  parent.add(table);
  for (const row of rows) {
    const tr = doc.struct('TR');
    table.add(tr);
    for (const cell of row) {
      const { text } = cell;
      // A blank cell has no content at all, as Word writes it: it is absent from the page's tree.
      const element = text
        ? doc.struct(cell.role, {}, () => {
            doc.text(text, cell.x, cell.y, cell.width ? { width: cell.width } : { lineBreak: false });
          })
        : doc.struct(cell.role);
      tr.add(element);
      element.end();
    }
    tr.end();
  }
  table.end();
}

function artifact(doc: Doc, text: string, y: number): void {
  doc.markContent('Artifact', { type: 'Pagination' });
  doc.fontSize(9).text(text, 50, y, { lineBreak: false });
  doc.endMarkedContent();
}

describe('tagged PDFs: tables from the structure tree, artifacts set apart', () => {
  const title =
    'Minskad hyrbemanning genom egen bemanningspool och översyn av schemaläggningen i slutenvården';

  it('reads a borderless tagged table: header row, a wrapped cell, a blank cell, no running header or footer', async () => {
    const page = await onlyPage(
      await makePdf(
        (doc) => {
          artifact(doc, 'Region Östergötland, Handlingsplan 2024–2026', 30);
          const document = doc.struct('Document');
          doc.addStructure(document);
          const heading = doc.struct('H1', {}, () => {
            doc.fontSize(14).text('Åtgärder för ekonomi i balans', 50, 60, { lineBreak: false });
          });
          document.add(heading);
          heading.end();
          doc.fontSize(10);
          taggedTable(
            doc,
            [
              [
                { role: 'TH', text: 'Åtgärd', x: 50, y: 100 },
                { role: 'TH', text: '2024', x: 300, y: 100 },
                { role: 'TH', text: '2025', x: 370, y: 100 },
                { role: 'TH', text: '2026', x: 440, y: 100 },
              ],
              [
                { role: 'TD', text: title, x: 50, y: 125, width: 200 },
                { role: 'TD', text: '8,9', x: 300, y: 137 },
                { role: 'TD', text: '10', x: 370, y: 137 },
                { role: 'TD', text: '12', x: 440, y: 137 },
              ],
              [
                { role: 'TD', text: 'Köpt vård', x: 50, y: 175 },
                { role: 'TD', x: 300, y: 175 },
                { role: 'TD', text: '4', x: 370, y: 175 },
                { role: 'TD', text: '4,5', x: 440, y: 175 },
              ],
            ],
            document,
          );
          document.end();
          artifact(doc, 'Sida 1 av 3', 800);
        },
        { tagged: true },
      ),
    );
    const table = onlyTable(page);
    expect(table.source).toBe('struct');
    expect(table.rows).toEqual([
      ['Åtgärd', '2024', '2025', '2026'],
      [title, '8,9', '10', '12'],
      ['Köpt vård', '', '4', '4,5'],
    ]);
    expect(table.headerRows).toBe(1);
    expect(table.cells?.filter((cell) => cell.header)).toHaveLength(4);
    expect(Math.abs((table.box?.y ?? 0) - 100)).toBeLessThan(2);
    // Running header and footer: neither items nor lines, but kept apart.
    const text = pageText(page);
    expect(text).not.toContain('Handlingsplan 2024–2026');
    expect(text).not.toContain('Sida 1 av 3');
    expect(page.items.some((item) => item.text.includes('Sida'))).toBe(false);
    expect(page.artifacts?.map((line) => line.text)).toEqual([
      'Region Östergötland, Handlingsplan 2024–2026',
      'Sida 1 av 3',
    ]);
    expect(text).toContain('Åtgärder för ekonomi i balans');
  });

  it('lays a tagged table on the grid drawn around it: one table, with the drawn spans', async () => {
    const page = await onlyPage(
      await makePdf(
        (doc) => {
          const document = doc.struct('Document');
          doc.addStructure(document);
          doc.lineWidth(0.5);
          for (const y of [100, 140, 164, 188]) doc.moveTo(50, y).lineTo(490, y).stroke();
          doc.moveTo(250, 120).lineTo(490, 120).stroke();
          for (const x of [50, 250, 490]) doc.moveTo(x, 100).lineTo(x, 188).stroke();
          for (const x of [330, 410]) doc.moveTo(x, 120).lineTo(x, 188).stroke();
          doc.fontSize(10);
          taggedTable(
            doc,
            [
              [
                { role: 'TH', text: 'Åtgärd', x: 54, y: 115 },
                { role: 'TH', text: 'Effekt mnkr', x: 340, y: 105 },
              ],
              [
                { role: 'TH', text: '2024', x: 254, y: 125 },
                { role: 'TH', text: '2025', x: 334, y: 125 },
                { role: 'TH', text: '2026', x: 414, y: 125 },
              ],
              [
                { role: 'TD', text: 'Läkemedel', x: 54, y: 146 },
                { role: 'TD', text: '5', x: 254, y: 146 },
                { role: 'TD', x: 334, y: 146 },
                { role: 'TD', text: '5', x: 414, y: 146 },
              ],
              [
                { role: 'TD', text: 'Lokaler', x: 54, y: 170 },
                { role: 'TD', text: '2,5', x: 254, y: 170 },
                { role: 'TD', text: '1', x: 334, y: 170 },
                { role: 'TD', text: '1', x: 414, y: 170 },
              ],
            ],
            document,
          );
          document.end();
        },
        { tagged: true },
      ),
    );
    const table = onlyTable(page);
    expect(table.source).toBe('struct');
    expect(table.rows).toEqual([
      ['Åtgärd', 'Effekt mnkr', 'Effekt mnkr', 'Effekt mnkr'],
      ['Åtgärd', '2024', '2025', '2026'],
      ['Läkemedel', '5', '', '5'],
      ['Lokaler', '2,5', '1', '1'],
    ]);
    expect(table.headerRows).toBe(2);
    expect(table.cells?.find((cell) => cell.text === 'Effekt mnkr')).toMatchObject({
      colSpan: 3,
      header: true,
    });
    expect(table.box?.x).toBeCloseTo(50, 0);
  });

  it('reads a page whose producer marked all of its text as artifact, rather than losing it', async () => {
    const page = await onlyPage(
      await makePdf((doc) => {
        artifact(doc, 'Regionstyrelsen beslutar att anta handlingsplanen.', 100);
        artifact(doc, 'Sida 4', 800);
      }),
    );
    expect(page.lines.map((line) => line.text)).toEqual([
      'Regionstyrelsen beslutar att anta handlingsplanen.',
      'Sida 4',
    ]);
    expect(page.artifacts).toBeUndefined();
  });

  it('drops artifacts of an untagged page too, and takes no table from a tree without one', async () => {
    const page = await onlyPage(
      await makePdf((doc) => {
        artifact(doc, 'Hälso- och sjukvårdsnämnden, 2024-03-12', 30);
        doc
          .fontSize(11)
          .text('Nämnden föreslås besluta att anta handlingsplanen.', 50, 100, { lineBreak: false });
      }),
    );
    expect(page.lines.map((line) => line.text)).toEqual([
      'Nämnden föreslås besluta att anta handlingsplanen.',
    ]);
    expect(page.artifacts?.[0]?.text).toBe('Hälso- och sjukvårdsnämnden, 2024-03-12');
    expect(page.tables).toEqual([]);
  });
});
