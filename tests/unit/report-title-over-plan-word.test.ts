/**
 * A report whose text says a plan is being made ("… fick i uppdrag att ta fram en åtgärdsplan") is
 * still the report its title names ("Månadsuppföljning oktober 2027", "Tertialrapport 2"): the report
 * tells of the plan, it is not one. A title naming a plan keeps the plan. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../parsers/extract/layout.ts';
import { guessDocumentType } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const body = (title: string) =>
  buildLayout(
    pagesFromText(
      [
        `# ${title}`,
        'Utfallet efter tio månader är 12,3 mkr sämre än budget.',
        'Nämnden har därför fått i uppdrag att ta fram en åtgärdsplan före årsskiftet.',
      ].join('\n'),
    ),
  );

describe('a report title over a plan named in the text', () => {
  it('is a report', () => {
    for (const title of ['Månadsuppföljning oktober 2027', 'Tertialrapport 2 för tandvårdsnämnden']) {
      expect(guessDocumentType(body(title), title, false, { measuresWithEffects: 3 })).toBe('rapport');
    }
  });

  it('stays a plan when the title names the plan', () => {
    const title = 'Åtgärdsplan efter tertialrapport 2';
    expect(guessDocumentType(body(title), title, false, { measuresWithEffects: 3 })).toBe('handlingsplan');
  });

  it('is a plan when a title naming no kind stands over the plan word', () => {
    const title = 'Ekonomi i balans inom tandvården';
    expect(guessDocumentType(body(title), title, false, { measuresWithEffects: 3 })).toBe('handlingsplan');
  });
});
