/**
 * A run-in decision sentence whose line ends after a clause's comma ("… beslutar att anta riktlinjen,")
 * and whose next line opens with "att": the line goes on with the sentence's next clause, and the
 * clauses after it on the same line (", att …", "samt att …") are points of their own as on one line.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a run-in clause that opens a line after a comma', () => {
  it('splits the clauses of the following lines too', () => {
    const doc = analyzeText(`## Beslut
Kulturnämnden beslutar att anta riktlinjen för bidrag till studieförbund,
att flytta 0,4 mkr från nämndens reserv till länsbiblioteket, att avslå ansökan från
föreningen samt att ge förvaltningschefen i uppdrag att informera
sökandena om beslutet.

## Ärendet
Riktlinjen har remitterats.`);
    expect(doc.decisions.map((d) => [d.id, d.text])).toEqual([
      ['1', 'anta riktlinjen för bidrag till studieförbund'],
      ['2', 'flytta 0,4 mkr från nämndens reserv till länsbiblioteket'],
      ['3', 'avslå ansökan från föreningen'],
      ['4', 'ge förvaltningschefen i uppdrag att informera sökandena om beslutet.'],
    ]);
  });
});
