/**
 * Phrase bank, paper metadata: first-page texts (test-page markup, "# " the title) with the paper's
 * own date and fiscal years they must give. A malformed date gives no date; a range gives every year.
 * Written for the tests, not copied from any paper.
 */
export interface MetadataPhrase {
  text: string;
  date?: string | null;
  years?: number[];
}

export const METADATA_PHRASES: MetadataPhrase[] = [
  {
    text: 'Tjänsteskrivelse\nDatum 2023-10-02\nDnr RS 2023/412\n\n# Ekonomisk uppföljning\nText.',
    date: '2023-10-02',
  },
  { text: 'Sammanträdesdatum\n2024-03-12\n\n# Protokoll\nText.', date: '2024-03-12' },
  { text: 'Sammanträdesdatum: 2022-09-27\n# Kallelse\nText.', date: '2022-09-27' },
  { text: '# Protokoll 2024-03-12\nRegionstyrelsen\nText.', date: '2024-03-12', years: [2024] },
  { text: '2024-01-15\n# Handlingsplan\nText.', date: '2024-01-15' },
  { text: 'Dnr HSN 2023/412    2023-11-20\n# Uppföljning\nText.', date: '2023-11-20' },
  { text: 'Tjänsteskrivelse 19-11-05\n# Uppföljning\nText.', date: '2019-11-05' },
  { text: 'Datum 2024\u201102\u201106\n# Uppföljning\nText.', date: '2024-02-06' },
  { text: 'Datum 12 mars 2024\n# Uppföljning\nText.', date: '2024-03-12' },
  { text: 'Datum 2023-13-45\n# Rapport\nRegionstyrelsen beslutade 2023-05-12 om planen.', date: null },
  { text: 'Datum 2023-02-30\n# Rapport\nText.', date: null },
  {
    text: 'Region Uppsala  Tjänsteskrivelse\nHälso- och sjukvårdsförvaltningen  Sammanträdesdatum 2023-06-17\n# Plan\nText.',
    date: '2023-06-17',
  },
  { text: '# Årsredovisning 2023\nText om läkemedel.', years: [2023] },
  { text: '# Delårsrapport per april 2024\nText.', years: [2024] },
  { text: '# Månadsrapport\nUtfall ack dec 2023\nText.', years: [2023] },
  { text: '# Månadsuppföljning\nPeriod: jan–aug 2025\nText.', years: [2025] },
  { text: '# Budget 2025 med plan 2026–2027\nText.', years: [2025, 2026, 2027] },
  { text: '# Handlingsplan 2025–2028\nText.', years: [2025, 2026, 2027, 2028] },
  { text: '# Verksamhetsplan 2024 - 2026\nText.', years: [2024, 2025, 2026] },
  { text: '# Uppföljning av plan (HSN 2023/412)\nDatum 2024-02-01\nText.', years: [2024] },
];
