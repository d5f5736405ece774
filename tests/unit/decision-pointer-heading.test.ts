/**
 * A decision heading over one sentence that says where the decision is ("Beslutet framgår av bifogat
 * protokollsutdrag") is a pointer, not a decision: the decision is the block of points it points to (an
 * appended page of minutes), numbered from 1, not a second block "2:1".
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function decisionsOf(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions;
}

describe('a decision heading that points elsewhere', () => {
  it('is no decision; the points of the appended minutes are', () => {
    const decisions = decisionsOf(`# Tjänsteskrivelse
## Ärendet
Kulturförvaltningen har utrett öppettiderna för länsmuseets filialer.
## Beslut
Kulturnämndens beslut framgår av bilagt protokoll.
\f# Protokoll
## Beslut
Kulturnämnden beslutar att
1. Godkänna utredningen av öppettiderna.
2. Uppdra åt kulturdirektören att förhandla nya hyresavtal.`);
    expect(decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'Godkänna utredningen av öppettiderna.'],
      ['2', 'Uppdra åt kulturdirektören att förhandla nya hyresavtal.'],
    ]);
  });

  it('keeps a one-sentence decision that decides something', () => {
    const decisions = decisionsOf(`# Protokollsutdrag
## Beslut
Kulturnämnden godkänner utredningen och lägger den till handlingarna.`);
    expect(decisions).toHaveLength(1);
  });
});
