/**
 * Decision points run in one sentence that wraps over several lines: "Styrelsen beslutar att …,
 * att …" with the clause separators on any line, not only the first one.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function decisionsOf(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions;
}

describe('run-in decision clauses over wrapped lines', () => {
  it('splits ", att" on the continuation lines, and at a line end', () => {
    const decisions = decisionsOf(`# Tjänsteskrivelse
## Förslag till beslut
Kulturnämnden beslutar att ställa sig bakom förvaltningens redovisning av bokslutet, att
notera underskottet inom kollektivtrafiken, att ge förvaltningschefen i uppdrag att ta fram
en plan för ekonomisk återhämtning samt att överlämna ärendet till regionstyrelsen.

Kultur- och bildningsdirektör`);
    expect(decisions.map((d) => [d.id, d.actor, d.text])).toEqual([
      ['1', 'Kulturnämnden', 'ställa sig bakom förvaltningens redovisning av bokslutet'],
      ['2', 'Kulturnämnden', 'notera underskottet inom kollektivtrafiken'],
      [
        '3',
        'Kulturnämnden',
        'ge förvaltningschefen i uppdrag att ta fram en plan för ekonomisk återhämtning',
      ],
      ['4', 'Kulturnämnden', 'överlämna ärendet till regionstyrelsen.'],
    ]);
  });

  it('keeps an "att" inside a clause and leaves a signature after the gap out', () => {
    const decisions = decisionsOf(`## Beslut
Trafiknämnden beslutar att uppdra åt förvaltningen att utreda nattrafiken; att
återrapportera i maj.

Trafikdirektör`);
    expect(decisions.map((d) => d.text)).toEqual([
      'uppdra åt förvaltningen att utreda nattrafiken',
      'återrapportera i maj.',
    ]);
  });
});
