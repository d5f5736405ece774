/**
 * Query-string values for the API's parameters, accepted and refused ones, and combinations of them: the
 * grid over which the zod-free readers (query/param-values.ts) are held to the zod schemas (query/params.ts).
 */
export const RAW: Record<string, string[]> = {
  region: ['SE-W', 'se-w', 'W', ' z ', 'unknown', 'UNKNOWN', 'SE-Q', '', 'x', 'SE-AB'],
  regions: ['SE-W,SE-Z', 'W, Z ,W', '', ',', ' , SE-W', 'SE-W,SE-Q', 'unknown,SE-BD'],
  year: ['2024', ' 2024', '1989', '1990', '2100', '2101', '24', '20x4', ''],
  years: [
    '2023-2025',
    '2023 - 2025',
    '2023–2025',
    '2025-2023',
    '2000-2030',
    '2023,2025',
    '2025,2023,2025',
    '2023,',
    '',
  ],
  category: ['staffing_agency', ' other ', 'staffing', ''],
  type: ['handlingsplan', 'okand ', 'protokol', ''],
  q: ['hyrläkare', '', 'å'.repeat(200), 'a'.repeat(201)],
  limit: ['1', '0', '100000', '100001', '01', '1.5', '-1', ''],
  offset: ['0', '10000000', '10000001', 'x'],
  regoin: ['SE-W'],
};

/** Every value alone, and a seeded walk over combinations of two or three parameters. */
export function queries(names: string[]): Record<string, string>[] {
  const out: Record<string, string>[] = [{}];
  const fields = [...names, 'regoin'];
  for (const name of fields) for (const value of RAW[name]!) out.push({ [name]: value });
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let i = 0; i < 400; i++) {
    const query: Record<string, string> = {};
    for (let k = 0; k < 2 + next(2); k++) {
      const name = names[next(names.length)]!;
      query[name] = RAW[name]![next(RAW[name]!.length)]!;
    }
    out.push(query);
  }
  return out;
}
