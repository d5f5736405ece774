/**
 * A word processor sets the letterhead — the region's name — in the page header, and its tagged export
 * marks the header as an artifact (no content of the page). When the content names no region, the first
 * page's header is the letterhead; a footer's artifact is not. Wording and layout made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../parsers/extract/metadata.ts';
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
  at('Yttrande över förslag till ny tandvårdstaxa', 60, 90),
  at('Styrelsen har tagit del av förslaget och lämnar följande synpunkter.', 60, 120),
  at('Avgifterna för vuxna patienter föreslås öka med fyra procent.', 60, 135),
];
function withArtifacts(items: TextItem[], artifacts: TextItem[]): Page {
  return { ...pageOfItems(items), artifacts: buildLines(artifacts, { detectColumns: false }) };
}

describe('the region named only in a page header marked as an artifact', () => {
  it('is read from the first page’s header when the content names none', () => {
    const page = withArtifacts(body(), [at('Region Värmland', 60, 24), at('Folktandvården', 400, 24)]);
    expect(resolveRegion([page], undefined).region?.code).toBe('SE-S');
  });

  it('is not read from a footer artifact', () => {
    const page = withArtifacts(body(), [at('Region Värmland, 651 82 Karlstad', 60, 800)]);
    expect(resolveRegion([page], undefined).region).toBeNull();
  });

  it('gives way to a region the content names', () => {
    const page = withArtifacts([at('Region Dalarna', 60, 40), ...body()], [at('Region Värmland', 60, 24)]);
    expect(resolveRegion([page], undefined).region?.code).toBe('SE-W');
  });
});
