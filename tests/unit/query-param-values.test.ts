/**
 * The CLI's query commands read their flags with query/param-values.ts and load the zod schemas of
 * query/params.ts only to refuse: over a grid of accepted and refused values (alone and combined), the
 * readers must accept exactly what the schemas accept, with the same value, and the commands' queries must
 * equal the schemas' answers or fail with the schemas' messages.
 */
import { describe, expect, it } from 'vitest';
import {
  compareParams,
  decisionsQuery,
  documentsQuery,
  measuresQuery,
  readQuery,
} from '../../query/param-values.ts';
import {
  CompareParams,
  DecisionsParams,
  DocumentsParams,
  MeasuresParams,
  parseParams,
} from '../../query/params.ts';
import { queries } from '../helpers/param-grid.ts';

type Outcome = { value: string } | { error: string };

async function outcome(run: () => unknown): Promise<Outcome> {
  try {
    return { value: JSON.stringify(await run()) };
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

const CASES = [
  {
    kind: 'documents',
    schema: DocumentsParams,
    read: documentsQuery,
    names: ['region', 'year', 'type', 'limit', 'offset'],
  },
  {
    kind: 'measures',
    schema: MeasuresParams,
    read: measuresQuery,
    names: ['region', 'regions', 'year', 'category', 'q', 'limit', 'offset'],
  },
  {
    kind: 'decisions',
    schema: DecisionsParams,
    read: decisionsQuery,
    names: ['region', 'year', 'q', 'limit', 'offset'],
  },
  { kind: 'compare', schema: CompareParams, read: compareParams, names: ['regions', 'year', 'years'] },
] as const;

describe('the zod-free readers of the query parameters', () => {
  for (const { kind, schema, read, names } of CASES) {
    it(`${kind}: accept what the schema accepts, and refuse with its message`, async () => {
      let accepted = 0;
      let refused = 0;
      for (const query of queries([...names])) {
        const expected = await outcome(() => parseParams(schema, query));
        // The fast path answers exactly the accepted queries, with the schema's value (key order too).
        const fast = readQuery(kind, query);
        expect(fast === null ? null : JSON.stringify(fast), JSON.stringify(query)).toBe(
          'value' in expected ? expected.value : null,
        );
        expect(await outcome(() => read(query)), JSON.stringify(query)).toEqual(expected);
        if ('value' in expected) accepted++;
        else refused++;
      }
      // The grid is not one-sided.
      expect(accepted).toBeGreaterThan(20);
      expect(refused).toBeGreaterThan(20);
    });
  }
});
