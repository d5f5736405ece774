import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type AmountMatch,
  findAmounts,
  parseAmount,
  unitFromHeader,
  yearNear,
} from '../../parsers/swedish/amounts.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsRoot = path.join(repoRoot, 'fixtures', 'seeds');
const referenceGolden = path.join(repoRoot, 'tests', 'golden', 'reference');

/** The single amount in `text`; fails the test when there is not exactly one. */
function only(text: string, options?: Parameters<typeof findAmounts>[1]): AmountMatch {
  const found = findAmounts(text, options);
  expect(
    found.map((a) => a.raw),
    `amounts in ${JSON.stringify(text)}`,
  ).toHaveLength(1);
  return found[0] as AmountMatch;
}

const values = (text: string, options?: Parameters<typeof findAmounts>[1]): number[] =>
  findAmounts(text, options).map((a) => a.amountMsek);

describe('findAmounts: the acceptance list', () => {
  it('1 234,5 mkr with space, NBSP and thin-space grouping', () => {
    expect(only('1 234,5 mkr').amountMsek).toBe(1234.5);
    expect(only('1\u00A0234,5 mkr').amountMsek).toBe(1234.5);
    expect(only('1\u2009234,5 mkr').amountMsek).toBe(1234.5);
    expect(only('1\u202F234,5 Mkr').amountMsek).toBe(1234.5);
  });

  it('−210 with U+2212 is negative', () => {
    const a = only('Resultat −210 mkr');
    expect(a.amountMsek).toBe(-210);
    expect(a.negative).toBe(true);
    expect(a.signCue).toBe('minus');
    expect(a.raw).toBe('−210 mkr');
  });

  it('– 210 mkr (en dash and a space) is negative', () => {
    expect(only('– 210 mkr').amountMsek).toBe(-210);
    expect(only('Primärvård \n- 210 mkr.  Underskott patientintäkter').amountMsek).toBe(-210);
    expect(only('— 210 mkr').amountMsek).toBe(-210);
  });

  it('+ 56 mkr is positive', () => {
    const a = only('Administration och anslag \n+ 56 mkr\nHöga kostnader');
    expect(a.amountMsek).toBe(56);
    expect(a.negative).toBe(false);
    expect(a.raw).toBe('+ 56 mkr');
  });

  it('9,7 miljarder → 9700', () => {
    const a = only('Årsomsättningen var år 2022 9,7 miljarder.');
    expect(a.amountMsek).toBe(9700);
    expect(a.raw).toBe('9,7 miljarder');
    expect(a.unitKind).toBe('mdkr');
  });

  it('knappt 7 miljarder kronor → 7000 with qualifier knappt', () => {
    const a = only('Regionbidraget uppgår till knappt 7 miljarder kronor.');
    expect(a.amountMsek).toBe(7000);
    expect(a.qualifier).toBe('knappt');
    expect(a.raw).toBe('knappt 7 miljarder kronor');
    expect(a.unit).toBe('miljarder kronor');
  });

  it('850 tkr → 0.85 exactly', () => {
    expect(only('850 tkr').amountMsek).toBe(0.85);
    expect(only('en besparing på 850 tkr per månad').amountMsek).toBe(0.85);
  });

  it('ca 150 mkr → 150 with qualifier ca', () => {
    const a = only('Merkostnad 50 % = ca 150 mkr');
    expect(a.amountMsek).toBe(150);
    expect(a.qualifier).toBe('ca');
    expect(a.raw).toBe('ca 150 mkr');
  });

  it('5 mkr/år is per year', () => {
    const a = only('Mottagningen kan producera vård till 1200 patienter fortlöpande för 5 mkr/år.');
    expect(a.amountMsek).toBe(5);
    expect(a.perYear).toBe(true);
    expect(a.raw).toBe('5 mkr/år');
  });

  it('2 % … 5 mnkr gives only the 5', () => {
    expect(values('2 % på nuvarande kostnad motsvarar 5 mnkr.')).toEqual([5]);
  });

  it('percentages, dates, years, § numbers and counts are not money', () => {
    const text = [
      'en nettokostnadsutveckling på 19,7 procent',
      'ökade med 2 % och 5 %',
      'Regionstyrelsen beslutade 30 september 2025 (§147) och 2025-09-30',
      'den 14 juni och 27 maj (§ 82)',
      'år 2024, perioden 2014-2015 och 2026-27',
      'Antalet besök har minskat med 6,2 procent vilket motsvarar 14 524 besök.',
      'Antalet patienter har minskat med 7 706 patienter',
      'drygt 7100 anställda och de 10 000 patienter som behandlas',
      'i snitt 523 vårdplatser, en minskning med 55 vårdplatser',
      'se vidare i HSN/1005/2025',
      'Krav på att 5 av 8 timmar viks till patienter',
      'Ack december 2021: 374 894',
      'samtliga 21 regioner',
    ].join('\n');
    expect(findAmounts(text)).toEqual([]);
  });
});

describe('findAmounts: units', () => {
  it.each([
    ['12 mkr', 12],
    ['12 Mkr', 12],
    ['12 MKR', 12],
    ['12 mnkr', 12],
    ['12 Mnkr', 12],
    ['12 MSEK', 12],
    ['12 msek', 12],
    ['12 mn kr', 12],
    ['12 milj. kr', 12],
    ['12 milj kr', 12],
    ['12 miljoner', 12],
    ['12 miljoner kronor', 12],
    ['12 miljoner kr', 12],
    ['12 miljoner svenska kronor', 12],
    ['1 miljon kronor', 1],
    ['2 mdkr', 2000],
    ['2 md kr', 2000],
    ['2 mdr', 2000],
    ['2 mrd kr', 2000],
    ['2 miljarder', 2000],
    ['2 miljarder kronor', 2000],
    ['1 miljard kronor', 1000],
    ['1,25 miljarder kronor', 1250],
    ['450 tkr', 0.45],
    ['450 kkr', 0.45],
    ['450 TSEK', 0.45],
    ['450 tusen kronor', 0.45],
    ['2 500 000 kronor', 2.5],
    ['2 500 000 kr', 2.5],
    ['2 500 000 SEK', 2.5],
    ['1 234 567 kr', 1.234567],
    ['25 kronor', 0.000025],
    ['3.5 mkr', 3.5],
    ['1.500 tkr', 1.5],
  ])('%j → %d million SEK', (text, expected) => {
    expect(only(text).amountMsek).toBe(expected);
  });

  it('records the unit as written', () => {
    expect(only('12 Mnkr').unit).toBe('Mnkr');
    expect(only('12 milj. kr').unit).toBe('milj. kr');
    expect(only('4 miljoner\nkronor').unit).toBe('miljoner\nkronor');
  });

  it('takes a unit from the next line (lines joined with a newline or a space)', () => {
    const a = only('Åtgärdsplaner med bedömd effekt 128 \nmkr kommer att kunna följas i Power BI .');
    expect(a.amountMsek).toBe(128);
    expect(a.raw).toBe('128 \nmkr');
    expect(only('effekt 128 mkr kommer').amountMsek).toBe(128);
  });

  it('reads through bold markers between number and unit', () => {
    expect(only('besparingar på **387** miljoner kronor.').amountMsek).toBe(387);
  });

  it('spelled-out numbers before miljon/miljard', () => {
    expect(only('ett underskott om en miljard kronor').amountMsek).toBe(-1000);
    expect(only('en halv miljard kronor').amountMsek).toBe(500);
    expect(only('två miljoner kronor').amountMsek).toBe(2);
    expect(findAmounts('tre miljoner invånare')).toEqual([]);
  });

  it('lower-case "sek" (seconds) and words starting like units are not money', () => {
    expect(findAmounts('svarstid 5 sek')).toEqual([]);
    expect(findAmounts('5 sekunder, 3 kronologiska steg, 2 mkrx')).toEqual([]);
    expect(findAmounts('3 miljoner besök och 2 miljoner invånare')).toEqual([]);
    expect(findAmounts('3 miljoner euro')).toEqual([]);
  });

  it('a unit in parentheses after a year is a header, not an amount', () => {
    expect(findAmounts('Kategori\t2023 (Mkr)\t2024 (Mkr)\t2025 (Mkr)')).toEqual([]);
  });

  it('"Budget 2024 mkr" is a column header; a figure of 2 050 mkr is still money', () => {
    expect(findAmounts('Verksamhet  Utfall 2023 mkr  Budget 2024 Mnkr  Prognos 2024 mkr')).toEqual([]);
    expect(values('Kostnaden blev 2050 mkr.')).toEqual([2050]);
    expect(findAmounts('Insatser\t2023\t2024\t2025\nMnkr')).toEqual([]);
    expect(findAmounts('Insatser  2023  2024  2025 Mnkr')).toEqual([]);
    expect(values('Budget 2024: 150 mkr')).toEqual([150]);
  });

  it('per-year suffixes', () => {
    expect(only('fördela 250 miljoner kronor per år i statsbidrag').perYear).toBe(true);
    expect(only('250 miljoner kronor per år').raw).toBe('250 miljoner kronor per år');
    expect(only('5 mkr / år').perYear).toBe(true);
    expect(only('kostar 12 mkr årligen').perYear).toBe(true);
    expect(only('kostar 12 mkr om året').perYear).toBe(true);
    expect(only('kostar 12 mkr per månad').perYear).toBe(false);
    expect(only('en årlig besparing på 5 mkr').perYear).toBe(true);
    expect(only('Helårseffekten beräknas till 12 mkr').perYear).toBe(true);
    expect(only('en engångskostnad på 5 mkr').perYear).toBe(false);
  });
});

describe('findAmounts round trip', () => {
  it('finds 500 generated amounts in running text with their exact values', () => {
    let seed = 4711;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const units: [string, number][] = [
      ['mkr', 1],
      ['Mnkr', 1],
      ['MSEK', 1],
      ['miljoner kronor', 1],
      ['tkr', 0.001],
      ['tusen kronor', 0.001],
      ['mdkr', 1000],
      ['miljarder kronor', 1000],
      ['kronor', 0.000001],
    ];
    const separators = [' ', '\u00A0', '\u2009', '\u202F'];
    for (let i = 0; i < 500; i++) {
      const decimals = Math.floor(next() * 2);
      const value = Number((next() * 10 ** Math.floor(1 + next() * 6)).toFixed(decimals));
      const [unit, factor] = units[i % units.length] as [string, number];
      const sep = separators[i % separators.length] ?? ' ';
      const [intPart = '0', frac = ''] = value.toFixed(decimals).split('.');
      const written = `${intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep)}${frac ? `,${frac}` : ''}`;
      const negative = next() < 0.3;
      const text = `Enligt rapporten ${negative ? 'blev resultatet −' : 'uppgår kostnaden till '}${written} ${unit} under ${2020 + (i % 6)}, en ökning med ${i % 20} procent.`;
      const found = findAmounts(text);
      expect(found, text).toHaveLength(1);
      const expected = Number(`${value}e0`) * factor;
      expect(found[0]?.amountMsek, text).toBeCloseTo(negative ? -expected : expected, 9);
      expect(yearNear(text, found[0] as AmountMatch), text).toBe(2020 + (i % 6));
    }
  });
});

describe('findAmounts: signs', () => {
  it.each([
    ['negativ budgetavvikelse på \n973 miljoner kronor', -973],
    ['personalkostnader - 444 mkr', -444],
    ['varav personalkostnader -142 mkr och', -142],
    ['- 210 mkr.', -210],
    ['−1,5 mdkr', -1500],
    ['prognos: -125 mkr', -125],
    ['Prognos −12,5 MSEK', -12.5],
    ['ett underskott om 45 mkr', -45],
    ['Underskott: 45 mkr', -45],
    ['underskott mot budget för året på 90 miljoner kronor', -90],
    ['Stora underskott – 109 mkr.', -109],
    ['ett förväntat underskott på cirka 600 miljoner kronor', -600],
    ['resultatet landar på minus 30 mkr', -30],
    ['en försämring med 20 mkr jämfört med prognosen', -20],
    ['en negativ avvikelse på 12 mkr', -12],
    ['ett negativt resultat på 8 mkr', -8],
    ['budgetunderskottet blev 75 mkr', -75],
    ['överskott på 12 mkr', 12],
    ['en positiv budgetavvikelse på 12 mkr', 12],
    ['minskad budget 58 miljoner kronor 2024', 58],
    ['+ 56 mkr', 56],
    ['+56 mkr', 56],
    ['Minskad hyrbemanning 50 mkr mindre 2024 än 2023', 50],
  ])('%j → %d', (text, expected) => {
    expect(only(text).amountMsek).toBe(expected);
  });

  it('the deficit cue marks the sign as coming from context', () => {
    const a = only('ett underskott om 45 mkr');
    expect(a.signCue).toBe('context');
    expect(a.negative).toBe(true);
  });

  it('a deficit in one sentence does not make the next sentence negative', () => {
    expect(values('Tre basenheter redovisar underskott. Besparingen blir 20 mkr.')).toEqual([20]);
    expect(values('Underskott patientintäkter.\nKostnader 208 mkr')).toEqual([208]);
  });

  it('an amount that reduces the deficit is not itself negative', () => {
    expect(values('underskottet minskade med 20 mkr')).toEqual([20]);
    expect(values('underskottet har förbättrats med 15 mkr')).toEqual([15]);
    // Here the 15 is the deficit itself (the reducing verb stands before the cue).
    expect(values('arbetet för att vända underskottet på 15 mkr')).toEqual([-15]);
    expect(values('underskottet vänds med 15 mkr')).toEqual([15]);
    // "använd…" contains "vänd" but reduces nothing.
    expect(values('underskott på grund av ökad användning av hyrpersonal, 45 mkr')).toEqual([-45]);
  });

  it('only the amount right after the cue takes it', () => {
    expect(values('ett underskott på 90 mkr, varav 30 mkr avser läkemedel')).toEqual([-90, 30]);
  });

  it('the word "minus" counts only right before the number', () => {
    const a = only('resultatet landar på minus 30 mkr');
    expect(a.raw).toBe('minus 30 mkr');
    expect(a.signCue).toBe('minus');
    expect(values('ett avdrag på minus 2 procent motsvarande 5 mkr')).toEqual([5]);
  });

  it('a minus after a year is still a minus', () => {
    expect(values('Utfall 2023 – 210 mkr')).toEqual([-210]);
    expect(values('Utfall 2023 -12,5 mnkr')).toEqual([-12.5]);
  });

  it('a dash joining a word ("AI-5") or a year to a number is not a minus', () => {
    expect(values('Kostnader hyrpersonal – 2023')).toEqual([]);
    expect(values('projekt X-5 mkr')).toEqual([5]);
  });

  it('ranges give both ends with the unit, neither negative', () => {
    const found = findAmounts('en besparing på 10–15 mkr');
    expect(found.map((a) => a.amountMsek)).toEqual([10, 15]);
    expect(found[0]?.raw).toBe('10–15 mkr');
    expect(found[1]?.raw).toBe('15 mkr');
    expect(values('2-3 miljarder kronor')).toEqual([2000, 3000]);
    expect(values('mellan 10 och 15 mkr')).toEqual([10, 15]);
    expect(values('från 10 till 15 mkr')).toEqual([10, 15]);
  });

  it('ends more than a thousandfold apart are no range: the small number is not money', () => {
    // A table line: a quarter, an empty cell's dash, a figure in whole kronor.
    expect(values('Kvartal 3 – 4 250 000 kr')).toEqual([4.25]);
    expect(values('Nr 2 – 1 490 000 kronor')).toEqual([1.49]);
    expect(values('1–2 miljoner kronor')).toEqual([1, 2]);
  });
});

describe('findAmounts: qualifiers', () => {
  it.each([
    ['ca 150 mkr', 'ca'],
    ['ca. 150 mkr', 'ca'],
    ['c:a 150 mkr', 'ca'],
    ['cirka 600 miljoner kronor', 'cirka'],
    ['knappt 400 miljoner kronor', 'knappt'],
    ['drygt 20 mkr', 'drygt'],
    ['omkring 2,5 miljarder kronor', 'omkring'],
    ['ungefär 2,5 miljarder kronor', 'omkring'],
    ['nästan 3 mkr', 'nästan'],
    ['närmare 3 mkr', 'nästan'],
    ['över 100 mkr', 'över'],
    ['mer än 100 mkr', 'över'],
    ['under 5 mkr', 'under'],
    ['upp till 40 mkr', 'upp till'],
    ['uppemot 40 mkr', 'upp till'],
    ['högst 40 mkr', 'upp till'],
    ['maximalt 40 mkr', 'upp till'],
    ['minst 50 mkr', 'över'],
    ['Ca 150 mkr', 'ca'],
  ])('%j → %s', (text, qualifier) => {
    const a = only(text);
    expect(a.qualifier).toBe(qualifier);
    expect(a.raw).toBe(text);
  });

  it('no qualifier when the word is not right before the number', () => {
    expect(only('underskott på 90 mkr').qualifier).toBeNull();
    expect(only('ökade under året till 90 mkr').qualifier).toBeNull();
  });

  it('qualifier and minus together', () => {
    const a = only('ett resultat på ca -45 mkr');
    expect(a.amountMsek).toBe(-45);
    expect(a.qualifier).toBe('ca');
    expect(a.raw).toBe('ca -45 mkr');
  });
});

describe('findAmounts: offsets and phrasings from other regions', () => {
  it('raw is the exact substring at [index, end)', () => {
    const text = 'Utfallet blev −1,5 mdkr, cirka 300 MSEK sämre än 2023 och knappt 850 tkr i övrigt.';
    const found = findAmounts(text);
    // "sämre än 2023" after the amount makes it a negative deviation.
    expect(found.map((a) => a.amountMsek)).toEqual([-1500, -300, 0.85]);
    for (const a of found) expect(text.slice(a.index, a.end)).toBe(a.raw);
  });

  it.each([
    ['Nämnden prognostiserar ett underskott om 45 mkr för helåret.', [-45]],
    ['Resultatet visar ett överskott på 12 mkr.', [12]],
    ['Prognos: -125 mkr (föregående månad -110 mkr).', [-125, -110]],
    ['Budgetavvikelsen uppgår till −32,4 mnkr per augusti.', [-32.4]],
    ['Nettokostnaderna uppgick till 4 512 MSEK, en ökning med 6,1 %.', [4512]],
    ['Effekten beräknas till 3,2 miljoner kr under 2025.', [3.2]],
    ['Kostnaden för inhyrd personal var 312,6 Mkr (297,1 Mkr).', [312.6, 297.1]],
    ['Besparingen motsvarar 0,5 mnkr per år och berör 4 tjänster.', [0.5]],
    ['Utfall tkr: 12 450 tkr mot budget 11 900 tkr', [12.45, 11.9]],
    ['Investeringsramen är 1,1 mdkr för 2025–2027.', [1100]],
    ['Totalt: 77 mkr', [77]],
    ['f) Övrigt med effekt 2024, 9 mkr mindre 2024 än 2023', [9]],
    ['Kostnad 2022 ack dec: 268 mkr', [268]],
    [
      'Årsomsättningen … ca 5 miljarder kronor (50 procent) följt av läkemedel 1,2 miljarder kronor',
      [5000, 1200],
    ],
  ])('%j', (text, expected) => {
    expect(values(text)).toEqual(expected);
  });
});

describe('findAmounts over reports written the way other regions write', () => {
  it('an interim report with mnkr, mdkr, ranges, kronor and a deficit', () => {
    const text = [
      'Region Örebro län',
      'Delårsrapport augusti 2024',
      '',
      'Hälso- och sjukvårdsnämnden prognostiserar ett underskott om 412 mnkr för helåret, en försämring',
      'med 37 mnkr jämfört med föregående prognos. Nettokostnaderna ökar med 6,8 procent. Kostnaderna för',
      'inhyrd personal uppgår till 96,4 mnkr (112,0 mnkr), varav hyrläkare 71,2 mnkr. Läkemedelskostnaderna',
      'ökar med 48 mnkr till 1 312 mnkr. Köpt vård uppgår till 2,1 mdkr. Åtgärdsplanen omfattar 28 åtgärder',
      'med en beräknad effekt om 150–180 mnkr under 2025 och ytterligare 60 mnkr 2026. Antalet vårdtillfällen',
      'minskade med 1 204 och antalet besök ökade med 3,2 %. Patientavgiften höjs från 200 kronor till',
      '300 kronor den 1 januari 2025 (§ 112).',
    ].join('\n');
    const found = findAmounts(text);
    expect(found.map((a) => a.amountMsek)).toEqual([
      -412, -37, 96.4, 112, 71.2, 48, 1312, 2100, 150, 180, 60, 0.0002, 0.0003,
    ]);
    const byValue = new Map(found.map((a) => [a.amountMsek, a]));
    const at = (v: number) => byValue.get(v) as AmountMatch;
    expect(yearNear(text, at(150))).toBe(2025);
    expect(yearNear(text, at(60))).toBe(2026);
    expect(at(-412).signCue).toBe('context');
  });

  it('a result statement in MSEK with "sämre än budget"', () => {
    const text =
      'Resultatet per april uppgår till −245 MSEK, vilket är 180 MSEK sämre än budget. Helårsprognosen är −890 MSEK. Sjukhusen redovisar tillsammans ett underskott på 1,1 miljarder kronor, 40 MSEK bättre än i mars.';
    expect(values(text)).toEqual([-245, -180, -890, -1100, 40]);
  });
});

describe('findAmounts with defaultUnit (tables headed "Mnkr")', () => {
  it('reads bare cells as the header unit', () => {
    expect(values('Sjukresor (6 insatser):\t3,5\t8,9\t8,9', { defaultUnit: 'mkr' })).toEqual([3.5, 8.9, 8.9]);
    expect(values('Förvaltningstotal  103  387  473', { defaultUnit: 'mkr' })).toEqual([103, 387, 473]);
  });

  it('skips years, list markers, § numbers, dates and counted things', () => {
    const text = [
      'Insatser\t2023\t2024\t2025',
      '1. Förskjutning av resenärer',
      '2) Nyttja VNS',
      '(§66) den 12 juni 2025 och 2025-10-24',
      '4 vårdplatser på avdelning 68',
      'Reduktion med 5 % på budget 2022.',
      'HSN/1005/2025',
    ].join('\n');
    expect(values(text, { defaultUnit: 'mkr' })).toEqual([]);
  });

  it('explicit units beat the default', () => {
    expect(values('850 tkr\t12', { defaultUnit: 'mkr' })).toEqual([0.85, 12]);
  });
});

describe('parseAmount', () => {
  it.each([
    ['8,9', 'mkr', 8.9],
    [' 20,0 ', 'mkr', 20],
    ['0,1', 'mkr', 0.1],
    ['1 234', 'tkr', 1.234],
    ['-5,3', 'mkr', -5.3],
    ['−5,3', 'mkr', -5.3],
    ['3', 'mdkr', 3000],
    ['1 234,5', 'mkr', 1234.5],
    ['1\u00A0234,5', 'mkr', 1234.5],
    ['1\u202F234,5', 'mkr', 1234.5],
    ['– 210', 'mkr', -210],
    ['+ 56', 'mkr', 56],
  ] as const)('cell %j with %s', (cell, unit, expected) => {
    expect(parseAmount(cell, { defaultUnit: unit })?.amountMsek).toBe(expected);
  });

  it('whole strings with their own unit', () => {
    expect(parseAmount('ca 150 mkr')?.qualifier).toBe('ca');
    expect(parseAmount('**387** mkr.')?.amountMsek).toBe(387);
    expect(parseAmount('5 mkr/år')?.perYear).toBe(true);
  });

  it.each([
    '',
    '–',
    '-',
    'Mnkr',
    '2023',
    '5 %',
    '8,9 patienter',
    '3,5 8,9',
    'Totalt 77 mkr',
    '12 och 13 mkr',
  ])('not one amount: %j', (cell) => {
    expect(parseAmount(cell, { defaultUnit: 'mkr' })).toBeNull();
  });

  it('a bare number without a default unit is not money', () => {
    expect(parseAmount('8,9')).toBeNull();
  });
});

describe('unitFromHeader', () => {
  it.each([
    ['Mnkr', 'mkr'],
    ['Mål, ekonomisk effekt Mnkr', 'mkr'],
    ['2023 (Mkr)', 'mkr'],
    ['Belopp (MSEK)', 'mkr'],
    ['mkr', 'mkr'],
    ['Miljoner kronor', 'mkr'],
    ['Utfall, mn kr', 'mkr'],
    ['tkr', 'tkr'],
    ['Belopp i tusen kronor', 'tkr'],
    ['Budget (kkr)', 'tkr'],
    ['Mdkr', 'mdkr'],
    ['Miljarder kronor', 'mdkr'],
    ['Belopp, kr', 'sek'],
    ['Belopp i kronor', 'sek'],
  ] as const)('%j → %s', (header, unit) => {
    expect(unitFromHeader(header)).toBe(unit);
  });

  it.each(['Insatser', '2024', 'Kategori', 'Procent', 'Antal patienter', 'Kronoberg'])(
    '%j → null',
    (header) => {
      expect(unitFromHeader(header)).toBeNull();
    },
  );
});

describe('yearNear', () => {
  const yearOf = (text: string, nth = 0): number | null => {
    const a = findAmounts(text)[nth];
    if (!a) throw new Error(`no amount ${nth} in ${text}`);
    return yearNear(text, a);
  };

  it.each([
    ['minskad budget 58 miljoner kronor 2024', 2024],
    ['Kostnaderna för utomlänsvården uppgår för år 2023 till 355 mkr vilket är en ökning.', 2023],
    ['Kostnad 2022 ack dec: 268 mkr', 2022],
    ['Minskad hyrbemanning 50 mkr mindre 2024 än 2023', 2024],
    ['Totala kostnaden för inhyrda läkare var 223 mnkr under 2022.', 2022],
    ['ökade med 89 mkr jämfört med 2022', 2022],
    ['Totalt: 77 mkr', null],
    ['Beslut den 14 juni 2023 om 77 mkr', 2023],
  ])('%j → %s', (text, expected) => {
    expect(yearOf(text)).toBe(expected);
  });

  it('prefers the year on the same line', () => {
    const text = 'Kostnad 2022 ack dec: 268 mkr\nKostnad 2023 ack dec: 306 mkr';
    expect(yearOf(text, 0)).toBe(2022);
    expect(yearOf(text, 1)).toBe(2023);
  });

  it('a year right after another amount belongs to that amount', () => {
    const text =
      'De anpassande insatserna bedöms ge en initial besparing på 68 miljoner kronor under 2023 och 186 miljoner kronor vid utgången av 2024.';
    expect(yearOf(text, 0)).toBe(2023);
    expect(yearOf(text, 1)).toBe(2024);
  });

  it('a year followed by a colon labels the amount after it', () => {
    expect(yearOf('effekt 2024: 3,5 mkr; 2025: 8,9 mkr', 0)).toBe(2024);
    expect(yearOf('effekt 2024: 3,5 mkr; 2025: 8,9 mkr', 1)).toBe(2025);
    expect(yearOf('effekt 2024: 3,5 mkr, 2025: 8,9 mkr', 1)).toBe(2025);
  });

  it('a comparison year counts only when nothing else is stated', () => {
    expect(yearOf('en ökning med 12 mkr jämfört med 2022 och prognosen för 2024')).toBe(2024);
  });

  it('years of ranges and of other sentences are not taken', () => {
    expect(yearOf('250 miljoner kronor per år under perioden 2025–2030')).toBeNull();
    expect(yearOf('Budget 2024. Besparingen är 5 mkr.')).toBeNull();
  });
});

describe('the seeds', () => {
  const seedsDir = seedsRoot;
  const goldenDir = referenceGolden;
  const seedText = (prefix: string): string => {
    const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
    if (!file) throw new Error(`seed ${prefix} missing in ${seedsDir}`);
    // The caller strips bold markers before amounts are read.
    return readFileSync(path.join(seedsDir, file), 'utf8').replace(/\*\*/g, '');
  };

  /** Counts and other numbers in the seeds that are not money. */
  const NOT_MONEY = [
    14524, 7706, 7100, 10000, 523, 55, 374894, 200310, 65629, 10550, 2022, 2023, 2024, 2025, 147, 82, 114, 66,
    21, 1005, 15, 6.2, 19.7, 2.6, 9.9, 18.4, 33.4,
  ];

  const goldenFiles = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));

  it('has golden files to check', () => {
    expect(goldenFiles.length).toBeGreaterThan(0);
  });

  for (const file of goldenFiles) {
    it(`finds every golden amount of ${file} in the whole seed text`, () => {
      const golden = JSON.parse(readFileSync(path.join(goldenDir, file), 'utf8')) as {
        seed: string;
        amounts: number[];
      };
      const text = readFileSync(path.join(seedsDir, golden.seed), 'utf8').replace(/\*\*/g, '');
      const found = findAmounts(text).map((a) => Math.abs(a.amountMsek));
      for (const expected of golden.amounts) {
        expect(
          found.some((v) => Math.abs(v - expected) < 0.05),
          `amount ${expected} in ${golden.seed}`,
        ).toBe(true);
      }
      for (const a of findAmounts(text)) {
        expect(text.slice(a.index, a.end)).toBe(a.raw);
        expect(NOT_MONEY, `${a.raw} is not money`).not.toContain(Math.abs(a.amountMsek));
      }
    });
  }

  it('seed 001 (report): the deviations with their signs', () => {
    const text = seedText('001_');
    const found = findAmounts(text).map((a) => a.amountMsek);
    expect(found).toEqual([
      -973, -210, -208, -142, -770, -444, -49, 56, 268, 306, 150, 355, 89, -90, -109, 274, 58, 128,
    ]);
  });

  it('seed 002 (bilaga): only the state grant per year is money', () => {
    const text = seedText('002_');
    const found = findAmounts(text);
    expect(found.map((a) => a.amountMsek)).toEqual([250]);
    expect(found[0]?.perYear).toBe(true);
  });

  it('seed 004 (handlingsplan): qualifiers and the deficit forecast', () => {
    const text = seedText('004_');
    const found = findAmounts(text);
    const byRaw = new Map(found.map((a) => [a.raw, a]));
    expect(byRaw.get('knappt 7 miljarder kronor')?.amountMsek).toBe(7000);
    expect(byRaw.get('omkring 2,5 miljarder kronor')?.qualifier).toBe('omkring');
    expect(byRaw.get('cirka 600 miljoner kronor')?.amountMsek).toBe(-600);
    expect(byRaw.get('5 mkr/år')?.perYear).toBe(true);
    expect(byRaw.get('300 mkr/år')?.amountMsek).toBe(300);
    expect(found.filter((a) => a.amountMsek === 1200)).toHaveLength(1);
  });

  it('seed 000 (tjänsteskrivelse): the measure amounts and the total', () => {
    const text = seedText('000_');
    const found = findAmounts(text);
    expect(found.map((a) => a.amountMsek)).toEqual([50, 8, 4, 1, 5, 9, 77, 50, 8, 4, 1, 5, 9]);
    const total = found[6];
    expect(total && yearNear(text, total)).toBeNull();
    expect(found[0] && yearNear(text, found[0])).toBe(2024);
  });
});
