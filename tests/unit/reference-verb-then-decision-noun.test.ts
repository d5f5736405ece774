/**
 * A citation whose verb is followed by the decision as a noun before its date: "Kulturnämnden gav i
 * beslut 2025-11-03 § 88 biblioteken i uppdrag …", "Trafiknämnden fastställde genom beslut den 4 maj
 * 2025, § 31, …". Only "den" and "vid sitt sammanträde" were allowed between the verb and the date, so
 * these were no references. Wording made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function refs(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).references.map((r) => [
    r.body,
    r.date,
    r.paragraph?.replace(/\s/g, '') ?? null,
  ]);
}

describe('a verb, then the decision as a noun, then the date', () => {
  it('reads "gav i beslut <date> § n" as a citation', () => {
    expect(
      refs(
        '# Biblioteksplan 2026\nKulturnämnden gav i beslut 2025-11-03 § 88 biblioteken i uppdrag att se över öppettiderna.',
      ),
    ).toContainEqual(['Kulturnämnden', '2025-11-03', '§88']);
  });

  it('reads "fastställde genom beslut den <date>, § n" as a citation', () => {
    expect(
      refs(
        '# Linjeplan 2026\nTrafiknämnden fastställde genom beslut den 4 maj 2025, § 31, riktlinjerna för anropsstyrd trafik.',
      ),
    ).toContainEqual(['Trafiknämnden', '2025-05-04', '§31']);
  });
});
