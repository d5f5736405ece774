/**
 * A case memo labelled so on a line of its own in its head ("Tjänsteskrivelse"), proposing a decision,
 * whose text says a plan is to be presented ("… ska en handlingsplan läggas fram …") is the memo, not the
 * plan: the sentence tells of the plan. Without the label, or without a proposal, the plan word still
 * makes it a plan. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../parsers/extract/layout.ts';
import { guessDocumentType } from '../../parsers/extract/metadata.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const title = 'Kostnadsläget inom tandvården hösten 2027';
const paper = (label: string | null) =>
  buildLayout(
    pagesFromText(
      [
        'Region Kronoberg',
        ...(label ? [label] : []),
        `# ${title}`,
        'Enligt regionstyrelsens direktiv ska en handlingsplan läggas fram när utfallet avviker från budget.',
        'Utfallet efter nio månader är 8,4 mkr sämre än budget.',
      ].join('\n'),
    ),
  );

describe('a memo label over a plan named in a sentence of the head', () => {
  it('is a case memo when it proposes a decision', () => {
    expect(guessDocumentType(paper('Tjänsteskrivelse'), title, true, { measuresWithEffects: 4 })).toBe(
      'tjansteskrivelse',
    );
  });

  it('stays a plan without the label', () => {
    expect(guessDocumentType(paper(null), title, true, { measuresWithEffects: 4 })).toBe('handlingsplan');
  });
});
