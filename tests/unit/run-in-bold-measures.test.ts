/**
 * Measures written as paragraphs run in under a bold phrase of their own, under a heading about
 * measures: "**Gemensam hjälpmedelscentral.** Förskrivningen … Besparing 2029: 1,4 mkr." Each is a
 * measure titled by the phrase with the effect its paragraph states. A bold run-in paragraph that
 * states no effect, or one under a heading about something else, is none. Laid out word by word, as a
 * word processor's PDF gives it; wording and figures made up for these tests.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

/** Lines of words at 11 pt; a word wrapped in ** is bold; "# " opens a 15 pt bold heading line. */
function itemsOf(lines: string[]): TextItem[] {
  const items: TextItem[] = [];
  let y = 80;
  for (const line of lines) {
    if (line === '') {
      y += 10;
      continue;
    }
    const heading = line.startsWith('# ');
    const size = heading ? 15 : 11;
    let x = 72;
    for (const raw of (heading ? line.slice(2) : line).split(' ')) {
      const bold = heading || /^\*\*.*\*\*$/u.test(raw);
      const text = raw.replace(/\*\*/gu, '');
      const width = text.length * size * 0.5;
      items.push({ text, x, y, width, height: size, bold });
      x += width + size * 0.28;
    }
    y += size * 1.4;
  }
  return items;
}

const bolded = (phrase: string) =>
  phrase
    .split(' ')
    .map((w) => `**${w}**`)
    .join(' ');

describe('measures run in under a bold phrase', () => {
  it('each paragraph is a measure with the effect it states', () => {
    const doc = analyzeItems(
      itemsOf([
        '# Region Västmanland',
        'Datum 2028-11-02',
        '# Besparingsåtgärder inom hjälpmedel 2029',
        'Förvaltningen har tagit fram tre åtgärder.',
        '',
        '# Åtgärder',
        `${bolded('Gemensam hjälpmedelscentral.')} Förskrivningen samlas i en central för länet.`,
        'Besparing 2029: 1,4 mkr.',
        '',
        `${bolded('Återanvändning av rullstolar:')} Rullstolar rekonditioneras i stället för att köpas nya.`,
        'Besparing 2029: 0,9 mkr.',
        '',
        `${bolded('Bakgrund till arbetet.')} Kostnaderna har ökat under flera år.`,
        '',
        '# Uppföljning',
        `${bolded('Rapportering.')} Effekten 2029 beräknas till 0,3 mkr och redovisas kvartalsvis.`,
      ]),
    );
    expect(doc.measures.map((m) => [m.title, m.effects.map((e) => [e.year, e.amountMsek])])).toEqual([
      ['Gemensam hjälpmedelscentral', [[2029, 1.4]]],
      ['Återanvändning av rullstolar', [[2029, 0.9]]],
    ]);
  });
});
