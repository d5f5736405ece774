/**
 * Phrase bank, measure effects: list items and effect lines with the effects they must give —
 * year, signed amount in million SEK, type, baseline year. Higher cost and lower revenue are
 * negative; savings and added revenue positive. Written for the tests, not copied from any paper.
 */
import type { EffectType } from '../../parsers/schema.ts';

export interface EffectPhrase {
  text: string;
  fallbackYear: number | null;
  effects: { year: number; amountMsek: number; type: EffectType; baselineYear: number | null }[];
}

const e = (year: number, amountMsek: number, type: EffectType, baselineYear: number | null = null) => ({
  year,
  amountMsek,
  type,
  baselineYear,
});

export const EFFECT_PHRASES: EffectPhrase[] = [
  {
    text: 'a) Minskad hyrbemanning 50 mkr mindre 2024 än 2023',
    fallbackYear: null,
    effects: [e(2024, 50, 'cost_reduction', 2023)],
  },
  {
    text: 'Översyn av lokaler ger 4 mkr lägre kostnad 2026 jämfört med 2025',
    fallbackYear: null,
    effects: [e(2026, 4, 'cost_reduction', 2025)],
  },
  {
    text: 'Nya avgifter ger högre intäkter med 3 mkr från 2025',
    fallbackYear: null,
    effects: [e(2025, 3, 'revenue_increase')],
  },
  {
    text: 'Samordnade inköp minskar kostnaderna med 6 mkr per år',
    fallbackYear: 2025,
    effects: [e(2025, 6, 'cost_reduction')],
  },
  {
    text: 'Digitala kallelser (effekt 2025: 2,5 mkr)',
    fallbackYear: null,
    effects: [e(2025, 2.5, 'unspecified')],
  },
  {
    text: 'Beräknad effekt: 4,5 mkr 2025 och 9 mkr 2026',
    fallbackYear: null,
    effects: [e(2025, 4.5, 'unspecified'), e(2026, 9, 'unspecified')],
  },
  { text: 'Effekt 2026: 12 mnkr', fallbackYear: null, effects: [e(2026, 12, 'unspecified')] },
  {
    text: 'Stängd närakut ger minskade intäkter med 2 mkr 2025',
    fallbackYear: null,
    effects: [e(2025, -2, 'revenue_decrease')],
  },
  {
    text: 'Utökade öppettider ger ökade kostnader om 1,5 mkr 2025',
    fallbackYear: null,
    effects: [e(2025, -1.5, 'cost_increase')],
  },
  {
    text: 'Sjukresor: 6 mkr per år 2025–2028',
    fallbackYear: null,
    effects: [
      e(2025, 6, 'unspecified'),
      e(2026, 6, 'unspecified'),
      e(2027, 6, 'unspecified'),
      e(2028, 6, 'unspecified'),
    ],
  },
  {
    text: 'Minskade kostnader för hyrläkare, -3 mkr',
    fallbackYear: 2024,
    effects: [e(2024, 3, 'cost_reduction')],
  },
  {
    text: 'Patientavgifterna höjs, vilket ger 8 mkr mer i intäkter 2025',
    fallbackYear: null,
    effects: [e(2025, 8, 'revenue_increase')],
  },
  {
    text: 'Intäkterna minskar med 1 mkr 2026 när avgiften tas bort',
    fallbackYear: null,
    effects: [e(2026, -1, 'revenue_decrease')],
  },
  {
    text: 'En kostnadsökning på 0,8 mkr 2025 för nya licenser',
    fallbackYear: null,
    effects: [e(2025, -0.8, 'cost_increase')],
  },
  { text: 'Besparing 2025: 7 mkr', fallbackYear: null, effects: [e(2025, 7, 'cost_reduction')] },
  {
    text: 'Intäktsökning fr.o.m. 2026 med 2 mkr',
    fallbackYear: null,
    effects: [e(2026, 2, 'revenue_increase')],
  },
  {
    text: 'Lägre kostnader för läkemedel med 10 mkr 2025 jämfört med 2024',
    fallbackYear: null,
    effects: [e(2025, 10, 'cost_reduction', 2024)],
  },
  {
    text: 'Sänkta kostnader för köpt vård 15 mkr',
    fallbackYear: 2025,
    effects: [e(2025, 15, 'cost_reduction')],
  },
];
