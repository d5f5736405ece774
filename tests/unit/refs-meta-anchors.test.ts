/**
 * A reference to an earlier decision needs an anchor (a date, a § or a diarienummer); a bare
 * mention that some body has decided or approved something cites nothing.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { hasCitationAnchor } from '../../parsers/extract/references.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function analyze(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });
}

describe('references need a citation anchor', () => {
  it('drops a decision mentioned without date, § or case number', () => {
    const doc = analyze(`# Tjänsteskrivelse
Datum 2025-03-14
Kulturnämnden godkände inriktningen för arbetet med biblioteken.
Åtgärderna bygger vidare på det som regionfullmäktige antog om lokalförsörjningen.
## Förslag till beslut
Kulturnämnden beslutar att godkänna redovisningen.`);
    expect(doc.references).toEqual([]);
  });

  it('keeps the same mention once a date, a § or a diarienummer stands in the sentence', () => {
    const doc = analyze(`# Tjänsteskrivelse
Datum 2025-03-14
Kulturnämnden godkände den 12 februari 2025 inriktningen för arbetet med biblioteken.
Trafiknämnden beslutade om nattrafiken (§ 88).
Regionstyrelsen fastställde lokalplanen i ärende RS 2024/311.
## Förslag till beslut
Kulturnämnden beslutar att godkänna redovisningen.`);
    expect(doc.references.map((r) => [r.body, r.date, r.paragraph, r.diarienummer ?? null])).toEqual([
      ['Kulturnämnden', '2025-02-12', null, null],
      ['Trafiknämnden', null, '§88', null],
      ['Regionstyrelsen', null, null, 'RS 2024/311'],
    ]);
  });

  it('hasCitationAnchor: any one of date, paragraph, diarienummer', () => {
    expect(hasCitationAnchor({ date: null, paragraph: null })).toBe(false);
    expect(hasCitationAnchor({ date: null, paragraph: null, diarienummer: null })).toBe(false);
    expect(hasCitationAnchor({ date: '2024-01-02', paragraph: null })).toBe(true);
    expect(hasCitationAnchor({ date: null, paragraph: '§4' })).toBe(true);
    expect(hasCitationAnchor({ date: null, paragraph: null, diarienummer: 'RS 2024/1' })).toBe(true);
  });
});
