/**
 * The unstated cost-change guess of a measure table (parsers/extract/sign-convention.ts): a column named
 * a bare cost ("Kostnad, mkr") over mostly negative figures is read as cost changes (a minus a saving),
 * with a doubt; a heading that names the cost as higher ("Ökade kostnader …") over the same figures is not
 * flipped on that guess. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../parsers/extract/layout.ts';
import { tableSignConvention } from '../../parsers/extract/sign-convention.ts';
import type { YearTable } from '../../parsers/extract/tables.ts';

const layout = { lines: [] } as unknown as Layout;
const table = (context: string, yearHeader: string) =>
  ({ context, yearHeader, lineIndexes: new Set<number>() }) as unknown as YearTable;

describe('the unstated cost-change guess', () => {
  it('flips a bare cost column over mostly negative figures, with a doubt', () => {
    const reading = tableSignConvention(
      table('Åtgärder inom tandvården', 'Kostnad, mkr'),
      layout,
      [-1.2, -0.4, 0.3],
    );
    expect(reading.flip).toBe(true);
    expect(reading.doubt).not.toBeNull();
  });

  it('does not flip on a heading that names the cost as higher', () => {
    const figures = [-1.2, -0.4, 0.3];
    expect(tableSignConvention(table('Kostnader för hjälpmedel', '2031 2032'), layout, figures).flip).toBe(
      true,
    );
    expect(
      tableSignConvention(table('Ökade kostnader för hjälpmedel', '2031 2032'), layout, figures).flip,
    ).toBe(false);
  });
});
