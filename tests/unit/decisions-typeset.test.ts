/**
 * Decision points as typeset papers set them: two columns whose lines the page model kept together
 * (a block too short for a column region), and footnotes or a page footer in a smaller size between
 * or after the points. Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

describe('decision points in two columns on shared lines', () => {
  it('reads the first column, then the second', () => {
    const pages = pagesFromText(`# Kulturnämnden
Biblioteksplanen har tagits fram tillsammans med kommunerna i länet.
Förslag till beslut
Kulturnämnden föreslås besluta
1. att anta biblioteksplanen för                2. att ge förvaltningen i uppdrag att
perioden 2026–2029,                             följa upp planen varje år.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'att anta biblioteksplanen för perioden 2026–2029,'],
      ['2', 'att ge förvaltningen i uppdrag att följa upp planen varje år.'],
    ]);
  });
});

describe('smaller lines among the points', () => {
  it('leaves a footnote set smaller out of the point it follows', () => {
    const pages = pagesFromText(`# Kulturnämnden
Biblioteksplanen har tagits fram tillsammans med kommunerna i länet.
Förslag till beslut
Kulturnämnden föreslås besluta
1. att anta biblioteksplanen för perioden 2026–2029,
2. att ge förvaltningen i uppdrag att följa upp planen
1 Planen gäller även skolbiblioteken.
varje år.`);
    const page = pages[0];
    const note = page?.lines.find((l) => l.text.startsWith('1 Planen'));
    if (!note) throw new Error('no footnote line');
    note.fontSize = 7;
    for (const item of note.items) item.height = 7;
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'att anta biblioteksplanen för perioden 2026–2029,',
      'att ge förvaltningen i uppdrag att följa upp planen varje år.',
    ]);
  });
});
