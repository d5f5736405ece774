/**
 * Three forms of decision points in minutes and memos:
 * - a point that gives someone a task ("Servicenämnden får i uppdrag att …", "Regiondirektören uppdras
 *   att …") keeps the deciding board as its actor: the one told is not the one who decides;
 * - a run-in decision followed by a second introduction ("Utskottet beslutar att …" / "Utskottet föreslår
 *   styrelsen besluta att …") is two blocks: the board's own decision, then its proposal to another;
 * - a genitive label with the point run in after its colon ("Förvaltningens förslag: Nämnden antar …")
 *   is a proposal.
 * Wording made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a point that gives a task', () => {
  it('keeps the block’s board as actor', () => {
    const doc = analyzeText(`# Tolktjänst i primärvården
## Beslut
Regionala utvecklingsnämnden beslutar
1. Avtalet om tolktjänst förlängs till och med 2030.
2. Servicenämnden får i uppdrag att upphandla ett nytt avtal från 2031.
3. Regiondirektören uppdras att redovisa kostnaderna årligen.
`);
    expect(doc.decisions.map((d) => [d.id, d.kind, d.actor])).toEqual([
      ['1', 'decision', 'Regionala utvecklingsnämnden'],
      ['2', 'decision', 'Regionala utvecklingsnämnden'],
      ['3', 'decision', 'Regionala utvecklingsnämnden'],
    ]);
  });

  it('still takes a board named as the one who decides inside a point', () => {
    const doc = analyzeText(`# Tolktjänst i primärvården
## Förslag till beslut
1. Regionstyrelsen godkänner avtalet om tolktjänst.
2. Regionfullmäktige fastställer avgiften för uteblivet besök.
`);
    expect(doc.decisions.map((d) => d.actor)).toEqual(['Regionstyrelsen', 'Regionfullmäktige']);
  });
});

describe('a second introduction after a run-in decision', () => {
  it('starts a block of its own', () => {
    const doc = analyzeText(`# Protokollsutdrag
Kulturnämndens arbetsutskott
§ 61 Ekonomisk prognos efter oktober
Beslut
Arbetsutskottet beslutar att notera prognosen.
Arbetsutskottet föreslår kulturnämnden besluta att minska bidragsramen för 2031 med 3 mkr.
Beslutsunderlag
Tjänsteskrivelse den 2 november 2030
`);
    expect(doc.decisions.map((d) => [d.id, d.kind, d.actor, d.text.slice(0, 20)])).toEqual([
      ['1', 'decision', 'Arbetsutskottet', 'notera prognosen.'],
      ['2:1', 'proposal', 'Arbetsutskottet', 'minska bidragsramen '],
    ]);
  });
});

describe('a genitive label with its point run in', () => {
  it('is a proposal', () => {
    const doc = analyzeText(`# Samverkan om ambulansflyg
Nämnden ska ta ställning till det nya samverkansavtalet.
Förvaltningens förslag: Nämnden antar samverkansavtalet för ambulansflyg 2031–2034.
Avtalet har förhandlats fram under hösten.
`);
    expect(doc.decisions.map((d) => [d.kind, d.text.slice(0, 30)])).toEqual([
      ['proposal', 'Nämnden antar samverkansavtale'],
    ]);
  });

  it('not a label whose points stand elsewhere', () => {
    const doc = analyzeText(`# Samverkan om ambulansflyg
Förvaltningens förslag: se tabellen nedan.
`);
    expect(doc.decisions).toEqual([]);
  });
});
