/**
 * Phrase bank, references to earlier decisions: each sentence with the references it must give
 * (body, date, paragraph, diarienummer) and nothing else. The paper's own date is 2024-05-20, so
 * "den 17 mars" is 2024-03-17. Written for the tests, not copied from any paper.
 */
export interface ReferencePhrase {
  text: string;
  refs: { body: string; date: string | null; paragraph: string | null; diarienummer?: string }[];
}

const r = (
  body: string,
  date: string | null,
  paragraph: string | null,
  diarienummer?: string,
): ReferencePhrase['refs'][number] =>
  diarienummer ? { body, date, paragraph, diarienummer } : { body, date, paragraph };

export const PAPER_DATE = '2024-05-20';

export const REFERENCE_PHRASES: ReferencePhrase[] = [
  {
    text: 'Regionstyrelsen beslutade 2024-03-12, § 45 att anta planen.',
    refs: [r('Regionstyrelsen', '2024-03-12', '§45')],
  },
  {
    text: 'Ärendet har tidigare behandlats i HSN 2019-05-14, § 63.',
    refs: [r('Hälso- och sjukvårdsnämnden', '2019-05-14', '§63')],
  },
  { text: 'Planen antogs av regionfullmäktige § 112/2023.', refs: [r('Regionfullmäktige', null, '§112')] },
  { text: 'Se beslut i Regionstyrelsen 2018-02-20, 41.', refs: [r('Regionstyrelsen', '2018-02-20', '§41')] },
  { text: 'Uppdraget gavs av styrelsen (RS § 82) under våren.', refs: [r('Regionstyrelsen', null, '§82')] },
  {
    text: 'Enligt tidigare beslut (HSN § 41/2025) ska planen följas upp.',
    refs: [r('Hälso- och sjukvårdsnämnden', null, '§41')],
  },
  {
    text: 'Ärendet grundar sig på beslut i regionstyrelsen 2025-01-28 § 9.',
    refs: [r('Regionstyrelsen', '2025-01-28', '§9')],
  },
  {
    text: 'Hälso- och sjukvårdsnämndens arbetsutskott beslutade 2024-02-06, § 12 att remittera ärendet.',
    refs: [r('Hälso- och sjukvårdsnämndens arbetsutskott', '2024-02-06', '§12')],
  },
  {
    text: 'Regionfullmäktige beslutade 19-11-05, § 88 om budgeten.',
    refs: [r('Regionfullmäktige', '2019-11-05', '§88')],
  },
  {
    text: 'Regionstyrelsen beslutade 2024\u201103\u201112, § 45 om planen.',
    refs: [r('Regionstyrelsen', '2024-03-12', '§45')],
  },
  {
    text: 'Hälso- och sjukvårdsnämnden beslutade den 17 mars att godkänna planen.',
    refs: [r('Hälso- och sjukvårdsnämnden', '2024-03-17', null)],
  },
  {
    text: 'Regionstyrelsen beslutade i ärende RS 2021/317 att ge regiondirektören i uppdrag att utreda frågan.',
    refs: [r('Regionstyrelsen', null, null, 'RS 2021/317')],
  },
  {
    text: 'Regionfullmäktige fastställde budgeten den 28 november 2023, § 112.',
    refs: [r('Regionfullmäktige', '2023-11-28', '§112')],
  },
  { text: 'Beslut i HSN 2023-04-18 § 56.', refs: [r('Hälso- och sjukvårdsnämnden', '2023-04-18', '§56')] },
  {
    text: 'Regionstyrelsens arbetsutskott har den 5 maj 2024 behandlat ärendet (RSAU § 70).',
    refs: [r('Regionstyrelsens arbetsutskott', '2024-05-05', '§70')],
  },
  {
    text: 'Primärvårdsnämnden godkände avtalet (PVN § 14/2024).',
    refs: [r('PVN', null, '§14')],
  },
  {
    text: 'Regionstyrelsen gav 2023-09-26, § 201, regiondirektören i uppdrag att ta fram en plan.',
    refs: [r('Regionstyrelsen', '2023-09-26', '§201')],
  },
  {
    text: 'Hälso- och sjukvårdsnämnden beslutade vid sitt sammanträde den 14 juni 2023 att anta åtgärderna.',
    refs: [r('Hälso- och sjukvårdsnämnden', '2023-06-14', null)],
  },
  {
    text: 'Regionfullmäktige antog 2022-11-29 § 150 regionplan med budget.',
    refs: [r('Regionfullmäktige', '2022-11-29', '§150')],
  },
  {
    text: 'Enligt beslut i RF 2021-06-15, § 77 ska nämnderna återrapportera.',
    refs: [r('Regionfullmäktige', '2021-06-15', '§77')],
  },
  {
    text: 'Uppdraget gavs av regionfullmäktige den 12 mars 2025 (§ 166).',
    refs: [r('Regionfullmäktige', '2025-03-12', '§166')],
  },
  { text: 'Ärendet (dnr HSN 2023/412) bereds av förvaltningen.', refs: [] },
  { text: 'Dnr RS 2021/317', refs: [] },
  { text: 'Regionstyrelsen 2024-05-20', refs: [] },
  { text: 'Lagen anger i 6 kap. 1 § kommunallagen att styrelsen ska leda.', refs: [] },
  { text: 'Regionstyrelsen\n§ 147 Ekonomisk handlingsplan 2025', refs: [] },
];
