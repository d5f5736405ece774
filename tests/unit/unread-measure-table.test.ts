/**
 * A table of measures whose columns name no years — a caption of several years ("Effekt 2027–2028 (mkr)")
 * over "Åtgärd | Brutto | Engångskostnad | Netto" — is not read as measures; it must be said
 * (TABLE_UNPARSED with its page), never dropped in silence. Wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const unparsed = (text: string) =>
  analyzePages(pagesFromText(text), { fileName: 'test.pdf', info })
    .warnings.filter((w) => w.code === 'TABLE_UNPARSED')
    .map((w) => [w.page, w.message]);

describe('a table of measures without year columns', () => {
  it('is told as unread when its header names other columns than years', () => {
    // (Under a caption of one year, "Effekt 2027", the net column is now read as that year's effect:
    // tests/unit/borderless-header-semantics.test.ts. A caption of two years gives none.)
    const got = unparsed(`# Åtgärdsplan för kollektivtrafiken
Tabell 2 Effekt 2027–2028 (mkr)
Åtgärd                              Brutto    Engångskostnad    Netto
Färre nattlinjer på helger            2,4          0,4            2,0
Samordnad skolskjuts                  1,6          0,6            1,0
Digital biljettkontroll               0,9          0,1            0,8`);
    expect(got).toHaveLength(1);
    expect(got[0]?.[0]).toBe(1);
    expect(String(got[0]?.[1])).toContain('Åtgärd');
  });

  it('says nothing of a table of outcomes that is read as amounts', () => {
    const got = unparsed(`# Delårsrapport för kollektivtrafiken
Tabell 1 Avvikelse mot budget (mkr)
Verksamhet                          Utfall    Budget    Avvikelse
Busstrafik                           412,0     405,0       -7,0
Tågtrafik                            188,5     190,0        1,5
Färdtjänst                            64,2      60,0       -4,2`);
    expect(got).toEqual([]);
  });
});
