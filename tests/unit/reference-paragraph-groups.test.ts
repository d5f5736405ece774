/**
 * Citations a minutes template writes in forms of its own: a group of paragraphs ("§§ 7–9", "§§ 21 och
 * 23") cites one decision per paragraph; a full date with its § right after it cites a decision whatever
 * verb stands around it; a board named "X- och Y-styrelsen" keeps its whole name; "Styrelsen" in a paper
 * to a styrelse is that board; the paper's own agenda § in its head is no citation. Wording, boards and
 * figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { paragraphGroup } from '../../parsers/extract/references.ts';
import { citationsIn } from '../helpers/citations.ts';

const refs = citationsIn;

describe('a group of paragraphs', () => {
  it('reads a range as each of its paragraphs', () => {
    expect(
      refs(`# Yttrande över taxa för färdtjänst 2031
Regionfullmäktige antog de tre taxorna 2031-02-03, §§ 7–9, efter remiss till kommunerna.`),
    ).toEqual([
      ['Regionfullmäktige', '2031-02-03', '§7'],
      ['Regionfullmäktige', '2031-02-03', '§8'],
      ['Regionfullmäktige', '2031-02-03', '§9'],
    ]);
  });

  it('reads a list joined by "och" as each of its paragraphs', () => {
    expect(
      refs(`# Yttrande över taxa för färdtjänst 2031
Frågan avgjordes när regionstyrelsen beslutade den 9 maj 2030, §§ 21 och 23, om ändrade regler.`),
    ).toEqual([
      ['Regionstyrelsen', '2030-05-09', '§21'],
      ['Regionstyrelsen', '2030-05-09', '§23'],
    ]);
  });

  it('leaves a backwards or overlong range at its first paragraph', () => {
    expect(paragraphGroup('protokollet §§ 14–12 visar', '§14')).toBeNull();
    expect(paragraphGroup('protokollet §§ 3–90 visar', '§3')).toBeNull();
    expect(paragraphGroup('protokollet §§ 4, 6 och 9 visar', '§4')).toEqual(['§4', '§6', '§9']);
  });
});

describe('a date with its § and no decision verb', () => {
  it('is a citation of the board named before it', () => {
    expect(
      refs(`# Yttrande över taxa för färdtjänst 2031
Regionfullmäktige tog ställning till investeringsramen 3 april 2030 § 61 och lämnade inga uppdrag.`),
    ).toEqual([['Regionfullmäktige', '2030-04-03', '§61']]);
  });
});

describe('a styrelse named by two fields', () => {
  it('keeps "Kultur- och fritidsstyrelsen" whole', () => {
    expect(
      refs(`# Yttrande över taxa för färdtjänst 2031
Kultur- och fritidsstyrelsen beslutade 2030-10-02, § 88, att avstå från att yttra sig.`),
    ).toEqual([['Kultur- och fritidsstyrelsen', '2030-10-02', '§88']]);
  });
});

describe('"Styrelsen" as the subject of a citation', () => {
  it("is the paper's own board when the paper is to a styrelse", () => {
    expect(
      refs(`Till: Trafikstyrelsen
# Yttrande över taxa för färdtjänst 2031
Styrelsen beslutade den 17/6 2030, § 40, att remittera förslaget.`),
    ).toEqual([['Trafikstyrelsen', '2030-06-17', '§40']]);
  });

  it('names no board a reader can look up in a paper to a nämnd', () => {
    expect(
      refs(`Till: Trafiknämnden
# Yttrande över taxa för färdtjänst 2031
Styrelsen beslutade den 17/6 2030, § 40, att remittera förslaget.`),
    ).toEqual([]);
  });
});

describe("the paper's own agenda §", () => {
  it('in the head of an extract is no citation', () => {
    expect(
      refs(`Utdrag ur sammanträdesprotokoll
Instans    Paragraf
Trafiknämnden    § 58
§ 58 Taxa för färdtjänst 2031
Trafiknämnden beslutade 2030-11-20, § 131, att ta fram ett förslag till ny taxa.`),
    ).toEqual([['Trafiknämnden', '2030-11-20', '§131']]);
  });
});
