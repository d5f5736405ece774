/**
 * A sentence over a column of counts is no one-run header: the unit a header states closes it ("…, mkr",
 * "… (tkr)"), while a sentence that names an amount of its own and runs on into a list ("…, enligt
 * följande:", "…, fördelat på …") only leads the rows in. Their counts must not be read as mkr.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../helpers/analyze-text.ts';

describe('a sentence with an amount over a column of counts', () => {
  it('reads only the amount in the sentence, not the counts under it', () => {
    const doc = analyzeText(`# Delårsrapport för hälso- och sjukvårdsnämnden, Region Uppsala
Produktionen ökade, trots ett underskott om 38 mkr, enligt följande:
Medicinkliniken                4 120
Kirurgkliniken                 3 870
Ortopedkliniken                2 450`);
    const values = doc.amounts.map((a) => a.amountMsek);
    expect(values).not.toContain(4120);
    expect(values).not.toContain(3870);
    expect(values).not.toContain(2450);
  });

  it('takes a run that names its amount and goes on into the rows for no header', () => {
    const doc = analyzeText(`# Uppföljning av bemanning, Region Gotland
Kostnaderna för hyrpersonal uppgick till 64 mkr, fördelat på inhyrda läkare
Visby lasarett                    38
Primärvården                      21
Psykiatrin                         9`);
    const values = doc.amounts.map((a) => a.amountMsek);
    expect(values).not.toContain(38);
    expect(values).not.toContain(21);
    expect(values).not.toContain(9);
  });
});
