/**
 * A later page that shows an earlier one in small (a handout page, a notes page's slide thumbnail, a
 * cover sheet reproducing the memo): its text is the earlier page's again, every line at one scale and
 * one offset. The facts are the earlier page's and are read once; the later page's own text is read.
 * Wording, sizes and layout made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { withoutScaledCopies } from '../../parsers/extract/copies.ts';
import type { Page, TextLine } from '../../parsers/page-model.ts';
import { analyzeText } from '../helpers/analyze-text.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const MEMO = `# Driftsättning av gemensam sterilcentral
Dnr NS 2031/0412

## Förslag till beslut
Nämnden för sjukhusvård föreslås besluta
att godkänna att sterilteknik för två sjukhus samlas i en central,
att uppdra åt förvaltningen att återkomma med en tidplan i mars 2032.

## Ekonomisk effekt, mkr
Åtgärd                               2032    2033
Gemensam sterilcentral               3,4     5,1
Samordnade leveranser av instrument  0,6     0,9`;

const NOTES = `# Kommentar till bilden
Frågor från presidiet besvaras muntligt vid sammanträdet.
Underlaget har stämts av med fackliga företrädare.`;

/** The lines of `page` scaled by `s` and moved by (dx, dy), as a thumbnail draws them. */
function thumbnail(page: Page, s: number, dx: number, dy: number): TextLine[] {
  return page.lines.map((line) => ({
    ...line,
    x: dx + s * line.x,
    y: dy + s * line.y,
    width: s * line.width,
    height: s * line.height,
    fontSize: s * line.fontSize,
    segments: line.segments.map((seg) => ({ ...seg, x: dx + s * seg.x, width: s * seg.width })),
    items: line.items.map((item) => ({
      ...item,
      x: dx + s * item.x,
      y: dy + s * item.y,
      width: s * item.width,
      height: s * item.height,
    })),
  }));
}

/** Page 2: the memo's page in small at the top, the notes below it. */
function withHandout(scale: number): Page[] {
  const [memo] = pagesFromText(MEMO) as [Page];
  const [notes] = pagesFromText(NOTES) as [Page];
  const copy = thumbnail(memo, scale, 150, 40);
  const below = 40 + scale * 842 + 10;
  const own = notes.lines.map((line) => ({
    ...line,
    y: line.y + below,
    items: line.items.map((item) => ({ ...item, y: item.y + below })),
  }));
  const lines = [...copy, ...own];
  const handout: Page = { ...notes, number: 2, lines, items: lines.flatMap((l) => l.items) };
  return [memo, handout];
}

describe('scaled copies of an earlier page', () => {
  it('reads the decision points and measures of a memo once when a later page shows it in small', () => {
    const doc = analyzeText(withHandout(0.4));
    expect(doc.decisions.map((d) => d.id)).toEqual(['1', '2']);
    expect(doc.measures.map((m) => m.title)).toEqual([
      'Gemensam sterilcentral',
      'Samordnade leveranser av instrument',
    ]);
    expect(doc.measures.every((m) => m.page === 1)).toBe(true);
  });

  it('keeps the later page’s own text', () => {
    const [, handout] = withoutScaledCopies(withHandout(0.4)) as [Page, Page];
    expect(handout.lines.map((l) => l.text)).toEqual([
      'Kommentar till bilden',
      'Frågor från presidiet besvaras muntligt vid sammanträdet.',
      'Underlaget har stämts av med fackliga företrädare.',
    ]);
  });

  it('leaves a page alone whose smaller lines repeat the earlier page’s words at other places', () => {
    const pages = withHandout(0.4);
    const handout = pages[1] as Page;
    // Each repeated line moved by its own amount: the same words set smaller, not a picture of the page.
    handout.lines = handout.lines.map((line, i) => ({
      ...line,
      x: line.x + 37 * (i % 3),
      y: line.y + 11 * i,
    }));
    expect(withoutScaledCopies(pages)[1]?.lines).toHaveLength(handout.lines.length);
  });

  it('leaves a copy at full size alone (a repeated page is another question)', () => {
    const pages = withHandout(1);
    expect(withoutScaledCopies(pages)[1]?.lines).toHaveLength(pages[1]?.lines.length ?? -1);
  });
});
