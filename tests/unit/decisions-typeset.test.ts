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

/** The lines of `pages[0]` whose text starts with one of `starts`, moved to x and to the y of `ys`. */
function place(pages: ReturnType<typeof pagesFromText>, moves: [string, number, number][]): void {
  const page = pages[0];
  if (!page) throw new Error('no page');
  for (const [start, x, y] of moves) {
    const line = page.lines.find((l) => l.text.startsWith(start));
    if (!line) throw new Error(`no line "${start}"`);
    const dx = x - line.x;
    line.x = x;
    line.y = y;
    for (const segment of line.segments) segment.x += dx;
    for (const item of line.items) {
      item.x += dx;
      item.y = y;
    }
  }
}

const yOf = (pages: ReturnType<typeof pagesFromText>, start: string): number => {
  const line = pages[0]?.lines.find((l) => l.text.startsWith(start));
  if (!line) throw new Error(`no line "${start}"`);
  return line.y;
};

describe('a justified second column on shared lines', () => {
  it('reads the words set apart by justification as the second column', () => {
    const pages = pagesFromText(`# Trafiknämnden
Färdtjänsten har setts över under året.
Förslag till beslut
Trafiknämnden föreslås besluta
1. att fastställa avgifterna för       2.  att  ge  förvaltningen  i  uppdrag
färdtjänsten enligt bilaga,            att redovisa utfallet i oktober.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'att fastställa avgifterna för färdtjänsten enligt bilaga,'],
      ['2', 'att ge förvaltningen i uppdrag att redovisa utfallet i oktober.'],
    ]);
  });

  it('keeps one column whose wide word spaces happen to set a number apart', () => {
    const pages = pagesFromText(`# Trafiknämnden
Färdtjänsten har setts över under året.
Förslag till beslut
Trafiknämnden föreslås besluta
1. att ändra beslutet enligt punkt  2.  att  gälla  från  den  1  juli,
2. att ge förvaltningen i uppdrag att redovisa utfallet i oktober.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '2']);
    expect(doc.decisions[0]?.text).toBe('att ändra beslutet enligt punkt 2. att gälla från den 1 juli,');
  });
});

describe('decision points that flow into the next column', () => {
  const text = `# Trafiknämnden
Färdtjänsten har setts över under året.
Förslag till beslut
Trafiknämnden föreslås besluta
1. att fastställa avgifterna för
färdtjänsten enligt bilaga,
2. att uppdra åt förvaltningschefen
**12,5  8,0  4,4**
att återkomma med en plan för
uppföljning,
3. att förklara beslutet omedelbart
justerat.`;

  it('continues the point at the top of the next column and reads on there', () => {
    const pages = pagesFromText(text);
    const top = yOf(pages, '1. att');
    // The second column starts beside the first one's first point; a figures row of a table set in
    // that column stands above it in the reading order the page model gave.
    place(pages, [
      ['12,5', 400, top - 40],
      ['att återkomma', 320, top],
      ['uppföljning', 320, top + 14],
      ['3. att', 320, top + 28],
      ['justerat', 320, top + 42],
    ]);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => [d.id, d.parentId, d.text])).toEqual([
      ['1', null, 'att fastställa avgifterna för färdtjänsten enligt bilaga,'],
      ['2', null, 'att uppdra åt förvaltningschefen att återkomma med en plan för uppföljning,'],
      ['3', null, 'att förklara beslutet omedelbart justerat.'],
    ]);
  });

  it('reads a second column set beside the first point as the next points', () => {
    const pages = pagesFromText(`# Trafiknämnden
Färdtjänsten har setts över under året.
Förslag till beslut
Trafiknämnden föreslås besluta
1. att fastställa avgifterna för färdtjänsten,
2. att uppdra åt förvaltningschefen att
återkomma med en plan.`);
    const top = yOf(pages, '1. att');
    place(pages, [
      ['2. att', 320, top],
      ['återkomma', 320, top + 14],
    ]);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'att fastställa avgifterna för färdtjänsten,'],
      ['2', 'att uppdra åt förvaltningschefen att återkomma med en plan.'],
    ]);
  });
});

describe('a point that wraps onto words that could head a list', () => {
  it('keeps "för kännedom" in lower case after an unfinished line in the point', () => {
    const pages = pagesFromText(`# Trafiknämnden
Färdtjänsten har setts över under året.
Förslag till beslut
Trafiknämnden föreslås besluta
1. att sända rapporten till kommunerna
för kännedom,
2. att lägga rapporten till handlingarna.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'att sända rapporten till kommunerna för kännedom,',
      'att lägga rapporten till handlingarna.',
    ]);
  });

  it('still ends the block at a distribution list after a finished point', () => {
    const pages = pagesFromText(`# Trafiknämnden
Färdtjänsten har setts över under året.
Förslag till beslut
Trafiknämnden föreslås besluta
1. att lägga rapporten till handlingarna.
För kännedom
Kommunerna i länet`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => d.text)).toEqual(['att lägga rapporten till handlingarna.']);
  });
});

describe('a run-in decision whose clauses go on at the start of the next lines', () => {
  it('splits the clauses where a line starts with "att"', () => {
    const pages = pagesFromText(`# Protokoll
§ 12 Avgifter i tandvården
Beslut
Tandvårdsnämnden beslutar att höja avgifterna från och med den 1 juli samt
att ge förvaltningen i uppdrag att informera patienterna.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'höja avgifterna från och med den 1 juli'],
      ['2', 'ge förvaltningen i uppdrag att informera patienterna.'],
    ]);
  });

  it('reads each "att" line after the run-in clause as a clause of its own', () => {
    const pages = pagesFromText(`# Protokoll
§ 12 Avgifter i tandvården
Beslut
Tandvårdsnämnden beslutar att höja avgifterna från och med den 1 juli,
att ge förvaltningen i uppdrag att informera patienterna, samt
att återrapportera utfallet i december.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'höja avgifterna från och med den 1 juli',
      'ge förvaltningen i uppdrag att informera patienterna',
      'återrapportera utfallet i december.',
    ]);
  });
});

describe('a run-in clause wrapped before a subordinate "att"', () => {
  it('keeps "att" after a verb that takes a clause as part of the point', () => {
    const pages = pagesFromText(`# Protokoll
§ 14 Ekonomisk uppföljning
Beslut
Tandvårdsnämnden beslutar att godkänna uppföljningen, att konstatera
att underskottet minskar under hösten.`);
    const doc = analyzePages(pages, { fileName: 'test.pdf', info });
    expect(doc.decisions.map((d) => d.text)).toEqual([
      'godkänna uppföljningen',
      'konstatera att underskottet minskar under hösten.',
    ]);
  });
});
