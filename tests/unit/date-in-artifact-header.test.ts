/**
 * A tagged PDF marks a word processor's page header as an artifact: a letterhead set in the first-page
 * header ("Datum …" under the region's name) is no content then, but its labelled date is still the
 * paper's date — before a date of the running text. Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { guessDate } from '../../parsers/extract/metadata.ts';
import type { Page, TextItem } from '../../parsers/page-model.ts';
import { buildLines } from '../../parsers/pdf/lines.ts';
import { pageOfItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  height: 10,
});

const body = (): TextItem[] => [
  at('Remissvar om ny tandvårdstaxa', 60, 70),
  at('Styrelsen behandlade taxan den 4 mars 2031 och skickade den på remiss.', 60, 100),
  at('Förslaget innebär högre avgifter för vuxna patienter.', 60, 115),
];
function withArtifacts(items: TextItem[], artifacts: TextItem[]): Page {
  return { ...pageOfItems(items), artifacts: buildLines(artifacts, { detectColumns: false }) };
}

describe('the paper date in a page header marked as an artifact', () => {
  it('takes the labelled date of the first-page header before a date of the text', () => {
    const page = withArtifacts(body(), [
      at('Tandvårdsförvaltningen', 60, 20),
      at('Upprättad: 2031-05-02', 400, 20),
      at('Ärende 14', 400, 32),
    ]);
    expect(guessDate([page])).toBe('2031-05-02');
  });

  it('takes no date from an artifact at the foot of the page', () => {
    const page = withArtifacts(body(), [at('Datum 2031-05-02', 400, 800)]);
    expect(guessDate([page])).toBeNull();
  });

  it('keeps a labelled date of the content before the header’s', () => {
    const page = withArtifacts(
      [at('Datum: 2031-06-01', 400, 40), ...body()],
      [at('Datum 2031-05-02', 400, 20)],
    );
    expect(guessDate([page])).toBe('2031-06-01');
  });
});
