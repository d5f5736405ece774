/**
 * The grammar of amounts by year in effect statements and stated totals (parsers/swedish/statements.ts),
 * on wordings and orders the synthetic generator does not write: "Effekt 2025: 3,0 mkr; 2026: 4,5 mkr",
 * "Total besparing 12 mnkr 2025", "i sin helhet", "tillsammans", years before or after the figure, and a
 * year run together with its figure ("effekt 20249 mkr").
 */
import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../parsers/swedish/amounts.ts';
import {
  amountsByYear,
  isEffectStatement,
  runTogetherYear,
  sentencesOf,
  statedTotal,
} from '../../parsers/swedish/statements.ts';

const byYear = (entries: { year: number | null; amountMsek: number }[] | null) =>
  entries?.map((e) => [e.year, e.amountMsek]) ?? null;

describe('amounts by year', () => {
  it('takes the year from a label before the figure, semicolons between years', () => {
    expect(byYear(amountsByYear('Effekt 2025: 3,0 mkr; 2026: 4,5 mkr'))).toEqual([
      [2025, 3],
      [2026, 4.5],
    ]);
  });

  it('takes the year written after the figure, bare, in parentheses or after "år"/"under"', () => {
    expect(
      byYear(amountsByYear('Besparingen blir 2 mnkr (2026) och 3,5 mnkr år 2027 samt 4 mnkr under 2028.')),
    ).toEqual([
      [2026, 2],
      [2027, 3.5],
      [2028, 4],
    ]);
  });

  it('keeps the written sign: a start-up cost before the savings', () => {
    const entries = amountsByYear('Nettoeffekt 2025: −1,5 mkr, 2026: 6 mkr.');
    expect(byYear(entries)).toEqual([
      [2025, -1.5],
      [2026, 6],
    ]);
    expect(entries.map((e) => e.yearBy)).toEqual(['label', 'label']);
  });

  it('takes the lead year for a figure without its own ("Helårseffekt 2026 uppgår till 8 mkr")', () => {
    expect(byYear(amountsByYear('Helårseffekt 2026 uppgår till 8 mkr.'))).toEqual([[2026, 8]]);
  });

  it('reads tkr and spelled units in million SEK', () => {
    expect(byYear(amountsByYear('Effekt 2025: 1 500 tkr, 2026: 2,5 miljoner kronor.'))).toEqual([
      [2025, 1.5],
      [2026, 2.5],
    ]);
  });
});

describe('a year run together with its figure', () => {
  it('splits "effekt 20249 mkr" when 2024 is one of the paper\'s years', () => {
    const text = 'Övrigt med helårseffekt 20257 mkr';
    const amount = findAmounts(text)[0];
    if (!amount) throw new Error('no amount');
    const split = runTogetherYear(text, amount, [2025, 2026]);
    expect(split?.year).toBe(2025);
    expect(split?.amount.amountMsek).toBe(7);
    expect(split?.amount.raw).toBe('7 mkr');
    expect(text.slice(split?.amount.index)).toBe('7 mkr');
  });

  it("leaves a real figure alone: not one of the paper's years, nothing asking for a year, or separators", () => {
    const check = (text: string, years: number[]) => {
      const amount = findAmounts(text)[0];
      if (!amount) throw new Error(`no amount in ${text}`);
      return runTogetherYear(text, amount, years);
    };
    expect(check('effekt 20249 mkr', [2025, 2026])).toBeNull();
    expect(check('budgeten omfattar 20249 mkr', [2024])).toBeNull();
    expect(check('effekt 2 024 mkr', [2024])).toBeNull();
    expect(check('effekt 20249 mkr', [])).toBeNull();
  });

  it('marks the split entry so the caller can warn', () => {
    const [entry] = amountsByYear('Besparing 20263,5 mkr', { years: [2026] });
    expect(entry).toMatchObject({ year: 2026, amountMsek: 3.5, runTogether: true, yearBy: 'run-together' });
  });
});

describe('effect statements', () => {
  it('knows an effect statement by its lead and a year the grammar gives', () => {
    expect(isEffectStatement('Effekt 2025: 3,0 mkr; 2026: 4,5 mkr.')).toBe(true);
    expect(isEffectStatement('Åtgärden bedöms minska kostnaderna med 4 mkr 2026.')).toBe(true);
    expect(isEffectStatement('Kalkylerad nettoeffekt: 2 mkr (2025).')).toBe(true);
    // A figure without a year, or a sentence without an effect lead, is not one.
    expect(isEffectStatement('Effekten är svår att bedöma, men kan bli 4 mkr.')).toBe(false);
    expect(isEffectStatement('Kliniken har en budget om 240 mkr 2025.')).toBe(false);
  });

  it('splits sentences at full stops, not inside "t.ex." or decimals', () => {
    expect(
      sentencesOf('Arbetet sker t.ex. inom primärvården. Effekt 2025: 3,5 mkr.').map((s) => s.text),
    ).toEqual(['Arbetet sker t.ex. inom primärvården.', 'Effekt 2025: 3,5 mkr.']);
  });
});

describe('stated totals', () => {
  it('reads every year of a total stated for two years, the year before or after each figure, signs kept', () => {
    expect(byYear(statedTotal('Sammanlagt beräknas åtgärderna ge 23,8 mkr 2026 och 30,6 mkr 2027.'))).toEqual(
      [
        [2026, 23.8],
        [2027, 30.6],
      ],
    );
    expect(byYear(statedTotal('Sammanlagt beräknas åtgärderna ge 2025 23,8 mkr och 2026 30,6 mkr.'))).toEqual(
      [
        [2025, 23.8],
        [2026, 30.6],
      ],
    );
    expect(byYear(statedTotal('Sammanlagt ger åtgärderna −1,2 mkr 2026 och 4,0 mkr 2027.'))).toEqual([
      [2026, -1.2],
      [2027, 4],
    ]);
  });

  it('reads a total noun with the year after the figure ("Total besparing 12 mnkr 2025")', () => {
    expect(byYear(statedTotal('Total besparing 12 mnkr 2025'))).toEqual([[2025, 12]]);
  });

  it("reads every year of a total in prose, in other regions' words", () => {
    expect(
      byYear(
        statedTotal(
          'Sammantaget beräknas åtgärderna ge 14 mkr år 2025, 22,5 mkr år 2026 och 30 mkr år 2027.',
        ),
      ),
    ).toEqual([
      [2025, 14],
      [2026, 22.5],
      [2027, 30],
    ]);
    expect(
      byYear(statedTotal('Planen ger i sin helhet en besparing om 55 mnkr 2025 och 60 mnkr 2026.')),
    ).toEqual([
      [2025, 55],
      [2026, 60],
    ]);
    expect(
      byYear(
        statedTotal('Tillsammans väntas insatserna förbättra resultatet med 2026: 9 mkr; 2027: 11 mkr.'),
      ),
    ).toEqual([
      [2026, 9],
      [2027, 11],
    ]);
    expect(byYear(statedTotal('Den samlade effekten av förslagen uppgår till 41,2 mkr 2025.'))).toEqual([
      [2025, 41.2],
    ]);
  });

  it('is no total without a total word, or when the sum is of a budget, a result or a subset', () => {
    expect(statedTotal('Åtgärderna ger 14 mkr 2025.')).toBeNull();
    expect(statedTotal('Den totala budgetramen för 2025 uppgår till 5,9 miljarder kronor.')).toBeNull();
    expect(statedTotal('Totalt underskott för nämnden 2024 var 120 mkr.')).toBeNull();
    expect(statedTotal('Totalt ger åtgärderna 30 mkr, varav 12 mkr 2025.')).not.toBeNull();
    expect(statedTotal('Av åtgärderna ger totalt varav tre 4 mkr 2025.')).toBeNull();
  });

  it('needs words about measures unless it stands right after the list', () => {
    expect(statedTotal('Totalt: 77 mkr')).toBeNull();
    expect(byYear(statedTotal('Totalt: 77 mkr', { afterMeasures: true }))).toEqual([[null, 77]]);
  });
});

describe('amount grammar around a title', () => {
  it('reads a figure a producer glued to the word before it, only with its money unit', () => {
    expect(
      findAmounts('Minskad hyrbemanning50 mkr mindre 2025 än 2024').map((a) => [a.raw, a.index]),
    ).toEqual([['50 mkr', 20]]);
    expect(findAmounts('avdelning68 har 12 vårdplatser')).toEqual([]);
    expect(findAmounts('minus27 mkr').map((a) => a.amountMsek)).toEqual([-27]);
  });

  it('takes a spaced dash between a title and a figure with its direction for punctuation, not a minus', () => {
    expect(findAmounts('Samordnad nattjour – 3,5 mkr lägre kostnad 2025').map((a) => a.amountMsek)).toEqual([
      3.5,
    ]);
    // Glued to the figure, or standing in a column, the dash is a minus.
    expect(findAmounts('Resultat –3,5 mkr lägre än budget').map((a) => a.amountMsek)).toEqual([-3.5]);
    expect(findAmounts('Primärvård  – 45 mkr').map((a) => a.amountMsek)).toEqual([-45]);
    expect(findAmounts('Prognos helår – 45 mkr.').map((a) => a.amountMsek)).toEqual([-45]);
  });
});
