/**
 * An introduction whose board decides in a clause: "<Actor> föreslår att <board> beslutar (att)"
 * followed by numbered points. "besluta" is not a prefix to stop at inside "beslutar": the points
 * after the introduction are points of their own, not one run-in clause starting "r att …".
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function decisionsOf(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions;
}

describe('"föreslår att <board> beslutar att" introduces numbered points', () => {
  it('reads each numbered point after the introduction', () => {
    const decisions = decisionsOf(`# Tjänsteskrivelse
## Ärendet
Kollektivtrafikförvaltningen har sett över linjenätet inför nästa tidtabellsskifte.
## Förslag
Kollektivtrafikförvaltningen föreslår att trafiknämnden beslutar att
1) Anta den reviderade linjeplanen.
2) Uppdra åt trafikdirektören att teckna avtal med entreprenörerna.
3) Lägga informationen om nattrafiken till handlingarna.`);
    expect(decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'Anta den reviderade linjeplanen.'],
      ['2', 'Uppdra åt trafikdirektören att teckna avtal med entreprenörerna.'],
      ['3', 'Lägga informationen om nattrafiken till handlingarna.'],
    ]);
    expect(decisions[0]?.kind).toBe('proposal');
  });

  it('still runs a clause in after "beslutar att" on the same line', () => {
    const decisions = decisionsOf(`## Förslag
Kulturförvaltningen föreslår att kulturnämnden beslutar att godkänna verksamhetsplanen.`);
    expect(decisions.map((d) => [d.id, d.text])).toEqual([['1', 'godkänna verksamhetsplanen.']]);
  });
});
