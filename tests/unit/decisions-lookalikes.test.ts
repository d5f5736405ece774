/**
 * Text that looks like a decision block but is none, and decisions that look like something else:
 * a summary heading ("Beslutet i korthet") restating the decision that follows in full; a motion's own
 * proposal list quoted in the background; a referral ("Ärendet återremitteras …") under a decision
 * heading; a sentence wrapped after "<someone>s förslag"; "- att" points and run-in clauses wrapped in a
 * narrow column. Wording and layout made up for these tests (culture and transport boards).
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };

function decisionsOf(text: string) {
  return analyzePages(pagesFromText(text), { fileName: 'test.pdf', info }).decisions.map((d) => [
    d.id,
    d.text,
  ]);
}

describe('a summary of the decision before the decision in full', () => {
  it('takes the full decision, not its summary, as the item’s block', () => {
    expect(
      decisionsOf(`# Kulturnämnden
**Beslutet i korthet**
Biblioteken får längre öppettider från hösten.
**Bakgrund**
Kulturförvaltningen har utrett öppettiderna vid länets bibliotek.
**Beslut**
Kulturnämnden beslutar
1. Anta de nya öppettiderna för huvudbiblioteket.
2. Uppdra åt kulturchefen att informera kommunerna.`),
    ).toEqual([
      ['1', 'Anta de nya öppettiderna för huvudbiblioteket.'],
      ['2', 'Uppdra åt kulturchefen att informera kommunerna.'],
    ]);
  });

  it('keeps a summary that no full decision of its item follows', () => {
    expect(
      decisionsOf(`# Kulturnämnden
§ 31 Öppettider
**Beslutet i korthet**
Biblioteken får längre öppettider från hösten.
§ 32 Konstinköp
**Beslut**
Kulturnämnden beslutar att godkänna inköpsplanen.`),
    ).toEqual([
      ['1', 'Biblioteken får längre öppettider från hösten.'],
      ['2:1', 'godkänna inköpsplanen.'],
    ]);
  });
});

describe('a motion’s own proposal quoted before the proposal', () => {
  it('reads the memo’s proposal as the first block, not the motion’s list', () => {
    expect(
      decisionsOf(`# Tjänsteskrivelse
**Bakgrund**
Motionärerna föreslår att fullmäktige beslutar
1. att busskort ska vara gratis för pensionärer
2. att nattbussar ska gå varje helg
I skrivelsen föreslås att trafiknämnden beslutar
1. att utreda fler pendelparkeringar
**Förslag till beslut**
Trafiknämnden föreslås besluta
1. att motionen ska anses besvarad.`),
    ).toEqual([['1', 'att motionen ska anses besvarad.']]);
  });
});

describe('an introduction opened by an adverbial', () => {
  it('still starts a block ("Mot bakgrund av detta föreslår …")', () => {
    expect(
      decisionsOf(`# Tjänsteskrivelse
Mot bakgrund av detta föreslår kulturförvaltningen att kulturnämnden beslutar att anta biblioteksplanen.`),
    ).toEqual([['1', 'anta biblioteksplanen.']]);
  });
});

describe('a decision that is a referral or a deferral', () => {
  it('reads "Ärendet återremitteras …" under a decision heading as the point', () => {
    expect(
      decisionsOf(`# Trafiknämnden
**Trafiknämndens beslut**
Ärendet återremitteras till trafikförvaltningen för en ny kostnadsberäkning.
**Ärendet**
Förvaltningen har räknat på en utökad linje till flygplatsen.`),
    ).toEqual([['1', 'Ärendet återremitteras till trafikförvaltningen för en ny kostnadsberäkning.']]);
  });
});

describe('a sentence wrapped after "<someone>s förslag"', () => {
  it('is no proposal heading', () => {
    expect(
      decisionsOf(`# Trafiknämnden
**Beslutsgång**
Nämnden hade att ta ställning till trafikförvaltningens förslag
och ett yrkande om avslag från (L), och bifaller förvaltningens förslag.
**Beslut**
Trafiknämnden beslutar att anta linjeplanen.`),
    ).toEqual([['1', 'anta linjeplanen.']]);
  });
});

describe('points wrapped in a narrow column', () => {
  it('joins the lines of a wrapped "- att" point whose continuation is short', () => {
    // A vote table's row at the points' text indent read on one line with the other column's text far
    // to its right: the line's width is no measure of the list's column.
    expect(
      decisionsOf(`# Kulturnämnden
  Ja     12                                      Bilaga: tjänsteskrivelse från kulturförvaltningen
**Beslut**
Kulturnämnden beslutar
- att ge kulturchefen i uppdrag att
  redovisa alla inköpen av offentlig
  konst vid nämndens möte i maj,
- att anta inköpsplanen.`),
    ).toEqual([
      ['1', 'ge kulturchefen i uppdrag att redovisa alla inköpen av offentlig konst vid nämndens möte i maj'],
      ['2', 'anta inköpsplanen.'],
    ]);
  });

  it('continues a run-in sentence over a full line ending before a subordinate "att"', () => {
    expect(
      decisionsOf(`# Trafiknämnden
Trafikförvaltningen har sett över avtalen med entreprenörerna inför året.
Avtalen löper ut vid årsskiftet och behöver förhandlas om i god tid.
Förvaltningen bedömer att kostnaderna kan hållas inom den givna ramen.
**Beslut**
Trafiknämnden beslutar att ge trafikdirektören och ekonomichefen i uppdrag
att förhandla fram nya avtal, att anta tidtabellen
samt att lägga rapporten till handlingarna.`),
    ).toEqual([
      ['1', 'ge trafikdirektören och ekonomichefen i uppdrag att förhandla fram nya avtal'],
      ['2', 'anta tidtabellen'],
      ['3', 'lägga rapporten till handlingarna.'],
    ]);
  });
});
