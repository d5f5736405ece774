/**
 * A two-column table of figures whose header is one run of text ("Område Avvikelse mot budget, tkr":
 * narrow header cells set a single space apart, or a slide's tab stop): the header states the unit, so
 * the figures under it are amounts. A sentence above a list of figures is no header.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const analyze = (text: string) => analyzePages(pagesFromText(text), { fileName: 'test.pdf', info });

describe('a one-run header over a label column and one figure column', () => {
  it('reads the figures in the unit the run states, parentheses negative', () => {
    const doc = analyze(`# Tertialuppföljning för kulturnämnden
Förvaltningarna redovisar följande avvikelser efter april.
Enhet Avvikelse mot budget, tkr
Länsmuseet             (1 850)
Folkhögskolan              640
Musik i länet              215`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([-1.85, 0.64, 0.215]);
  });

  it('takes no sentence ending in a full stop for the header', () => {
    const doc = analyze(`# Tertialuppföljning för kulturnämnden
Avvikelserna i tkr per enhet framgår nedan.
Länsmuseet             (1 850)
Folkhögskolan              640`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([]);
  });

  it('tells, and does not read, figures set right after their labels in no column', () => {
    const doc = analyze(`# Tertialuppföljning för kulturnämnden
Enhet Avvikelse mot budget, tkr
Länsmuseet (1 850)
Folkhögskolan i Vänersborg 640
Musik 215`);
    expect(doc.amounts.map((a) => a.amountMsek)).toEqual([]);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_UNPARSED');
  });
});
