/**
 * Decision points set in a table or a form rather than as a list: a numbered points table with a
 * column after the points, an unnumbered table whose header names the points' column, a header cell
 * that the page model read as a line of its own, ticked and unticked options of a decision form, and
 * an introducing sentence that points at the table ("enligt uppställningen nedan:") or carries a remark
 * in parentheses before its colon. Wording and layouts made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyzePages } from '../../parsers/extract/document.ts';
import { pagesFromText } from '../helpers/text-pages.ts';

const info = { title: null, author: null, subject: null, creationDate: null, producer: null };
const points = (text: string | ReturnType<typeof pagesFromText>) =>
  analyzePages(typeof text === 'string' ? pagesFromText(text) : text, {
    fileName: 'test.pdf',
    info,
  }).decisions.map((d) => [d.id, d.parentId, d.text]);

describe('decision points as the rows of a table', () => {
  it('reads a numbered table with a column after the points, wrapped cells and a sub-point row', () => {
    expect(
      points(`# Kultur- och bildningsnämnden
Museiplanen har beretts i samråd med länets kommuner.
**Beslutsförslag**
Kultur- och bildningsnämnden föreslås besluta följande:
**Punkt   Förslag                                        Ansvarig**
1         Anta museiplanen för perioden 2027–2030.       Kulturchef
2         Ge förvaltningen i uppdrag att årligen         Kulturchef
          redovisa hur planen genomförs, med:
2 a)      särskild uppföljning av länsmuseets            Museichef
          samlingar.
3         Planen ska revideras vid halvtid.              Nämnden
**Ärendet**
Planen ersätter den tidigare planen.`),
    ).toEqual([
      ['1', null, 'Anta museiplanen för perioden 2027–2030.'],
      ['2', null, 'Ge förvaltningen i uppdrag att årligen redovisa hur planen genomförs, med:'],
      ['2a', '2', 'särskild uppföljning av länsmuseets samlingar.'],
      ['3', null, 'Planen ska revideras vid halvtid.'],
    ]);
  });

  it('numbers an unnumbered table by position, each row set apart, and leaves the comment column out', () => {
    expect(
      points(`# Regionala utvecklingsnämnden
**Förslag till beslut**
Regionala utvecklingsnämnden föreslås besluta enligt uppställningen nedan:
**Beslutstext                                  Kommentar**

Bevilja stöd till besöksnäringens              Enligt riktlinjen
samverkansprojekt.

Avslå ansökan om driftsstöd.                   Saknar medfinansiering

Ärendet anmäls till regionstyrelsen.           För kännedom
**Bakgrund**
Ansökningarna inkom under våren.`),
    ).toEqual([
      ['1', null, 'Bevilja stöd till besöksnäringens samverkansprojekt.'],
      ['2', null, 'Avslå ansökan om driftsstöd.'],
      ['3', null, 'Ärendet anmäls till regionstyrelsen.'],
    ]);
  });

  it('finds a header cell read as a line of its own beside the points column', () => {
    const pages = pagesFromText(`# Tandvårdsnämnden
**Förslag till beslut**
Tandvårdsnämnden föreslås besluta enligt tabellen:
**Beslut**

Fastställa taxan för vuxentandvård.

Taxan gäller från och med den 1 juli.
**Beslutsunderlag**
Tjänsteskrivelse
**Skäl**
Följer nationell prisnivå.`);
    // The other column's header stands at the points header's height, read after the table.
    const page = pages[0];
    const header = page?.lines.find((l) => l.text === 'Beslut');
    const other = page?.lines.find((l) => l.text === 'Skäl');
    if (!header || !other) throw new Error('no header lines');
    const dx = 360 - other.x;
    other.x = 360;
    other.y = header.y;
    for (const s of other.segments) s.x += dx;
    for (const item of other.items) {
      item.x += dx;
      item.y = header.y;
    }
    expect(points(pages)).toEqual([
      ['1', null, 'Fastställa taxan för vuxentandvård.'],
      ['2', null, 'Taxan gäller från och med den 1 juli.'],
    ]);
  });
});

describe('a decision form with boxes to tick', () => {
  it('takes the ticked options and skips an unticked one between them', () => {
    expect(
      points(`# Regionala utvecklingsnämnden
**Beslut**
Regionala utvecklingsnämnden beslutar (se bilaga 2):
[X] Anta strategin för kollektivtrafik på landsbygden
[ ] Bordlägga ärendet till nästa sammanträde
[X] Uppdra åt trafikdirektören att ta fram en handlingsplan
för genomförandet
**Ärendebeskrivning**
Strategin har varit på remiss.`),
    ).toEqual([
      ['1', null, 'Anta strategin för kollektivtrafik på landsbygden'],
      ['2', null, 'Uppdra åt trafikdirektören att ta fram en handlingsplan för genomförandet'],
    ]);
  });
});
