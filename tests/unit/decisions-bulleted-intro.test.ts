/**
 * A slide or a bulleted memo sets a bullet before every paragraph, the proposal's introduction included:
 * "▪ Regionstyrelsen föreslår regionfullmäktige besluta att" under the heading, then the lettered or
 * numbered points. The bulleted line introduces the points (their actor and kind); it is no point that
 * swallows them. Wording and markers made up for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a bulleted introduction under a decision heading', () => {
  it('introduces the lettered points after it', () => {
    const doc = analyzeText(`# Avgifter för hjälpmedel 2031

## Förslag till beslut
▪ Regionstyrelsen föreslår regionfullmäktige besluta att
a) fastställa avgifterna för hjälpmedel enligt bilaga 2,
b) avgifterna gäller från och med den 1 mars 2031,
c) ge regiondirektören i uppdrag att följa upp avgifternas effekter.

## Bakgrund
Avgifterna har inte räknats om sedan 2027.`);
    expect(doc.decisions.map((d) => [d.id, d.kind, d.actor, d.text.slice(0, 24)])).toEqual([
      ['a', 'proposal', 'Regionstyrelsen', 'fastställa avgifterna fö'],
      ['b', 'proposal', 'Regionstyrelsen', 'avgifterna gäller från o'],
      ['c', 'proposal', 'Regionstyrelsen', 'ge regiondirektören i up'],
    ]);
  });

  it('leaves a bulleted sentence in running text alone (no heading above it)', () => {
    const doc = analyzeText(`# Uppföljning av tidigare uppdrag

## Bakgrund
Uppdragen i korthet:
– Regionstyrelsen beslutar att ge förvaltningen ett uppdrag om vårdplatser.
– Rapporten lämnades i juni.`);
    expect(doc.decisions).toEqual([]);
  });
});
