/**
 * A sentence broken over a column break: the left column ends "… visar ett underskott på" and the right
 * column starts "12,6 mkr för helåret. …". The amount's sign word stands in the left column; the
 * paragraph goes on in the right one, so the deficit is read negative. A left column ending a sentence
 * and a right column starting with a figure of its own stay apart. Items placed by hand; wording made up.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../parsers/page-model.ts';
import { analyzeItems } from '../helpers/item-pages.ts';

const at = (text: string, x: number, y: number): TextItem => ({
  text,
  x,
  y,
  width: text.length * 4.6,
  height: 9.5,
});

function page(leftEnd: string, rightStart: string): TextItem[] {
  const left = [
    'Miljönämnden har följt upp verksamhetens',
    'ekonomi efter tredje kvartalet. Prognosen',
    'för helåret pekar på lägre intäkter från',
    'tillsynsavgifter än budgeterat. Prognosen',
    leftEnd,
  ];
  const right = [
    rightStart,
    'förklaras främst av färre tillsynsbesök',
    'under våren och av ökade kostnader för',
    'konsulter inom livsmedelskontrollen.',
    'Nämnden följer utvecklingen varje månad.',
  ];
  const items: TextItem[] = [at('Uppföljning av miljönämndens ekonomi', 60, 60)];
  left.forEach((t, i) => {
    items.push(at(t, 60, 100 + i * 12.5));
  });
  right.forEach((t, i) => {
    items.push(at(t, 310, 100 + i * 12.5));
  });
  return items;
}

describe('a sentence broken over a column break', () => {
  it('goes on in the next column: the deficit is negative', () => {
    const doc = analyzeItems(page('visar ett underskott på', '12,6 mkr för helåret. Underskottet'));
    expect(doc.amounts.map((a) => a.amountMsek)).toContain(-12.6);
  });

  it('does not join a column ending its sentence to a figure starting the next', () => {
    const doc = analyzeItems(page('visar ett underskott.', '12,6 mkr har hittills gått till tillsyn, som'));
    expect(doc.amounts.map((a) => a.amountMsek)).toContain(12.6);
  });
});
