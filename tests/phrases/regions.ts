/**
 * Phrase bank, regions: for each of the 21 regions its name, one hospital and one town that a paper
 * may name instead of the region, and a sentence shape in which each appears. The hospitals and
 * towns are real places; the sentences are written for the tests.
 */
import type { RegionCode } from '../../parsers/schema.ts';

export interface RegionPhrase {
  code: RegionCode;
  name: string;
  hospital: string;
  town: string;
}

export const REGION_PHRASES: RegionPhrase[] = [
  { code: 'SE-AB', name: 'Region Stockholm', hospital: 'Danderyds sjukhus', town: 'Södertälje' },
  { code: 'SE-C', name: 'Region Uppsala', hospital: 'Akademiska sjukhuset', town: 'Enköping' },
  { code: 'SE-D', name: 'Region Sörmland', hospital: 'Mälarsjukhuset', town: 'Katrineholm' },
  { code: 'SE-E', name: 'Region Östergötland', hospital: 'Vrinnevisjukhuset', town: 'Motala' },
  { code: 'SE-F', name: 'Region Jönköpings län', hospital: 'Höglandssjukhuset', town: 'Värnamo' },
  { code: 'SE-G', name: 'Region Kronoberg', hospital: 'Ljungby lasarett', town: 'Växjö' },
  { code: 'SE-H', name: 'Region Kalmar län', hospital: 'Västerviks sjukhus', town: 'Oskarshamn' },
  { code: 'SE-I', name: 'Region Gotland', hospital: 'Visby lasarett', town: 'Visby' },
  { code: 'SE-K', name: 'Region Blekinge', hospital: 'Blekingesjukhuset', town: 'Karlskrona' },
  { code: 'SE-M', name: 'Region Skåne', hospital: 'Helsingborgs lasarett', town: 'Kristianstad' },
  { code: 'SE-N', name: 'Region Halland', hospital: 'Hallands sjukhus', town: 'Halmstad' },
  {
    code: 'SE-O',
    name: 'Västra Götalandsregionen',
    hospital: 'Norra Älvsborgs länssjukhus',
    town: 'Trollhättan',
  },
  { code: 'SE-S', name: 'Region Värmland', hospital: 'Centralsjukhuset i Karlstad', town: 'Arvika' },
  { code: 'SE-T', name: 'Region Örebro län', hospital: 'Karlskoga lasarett', town: 'Lindesberg' },
  { code: 'SE-U', name: 'Region Västmanland', hospital: 'Västmanlands sjukhus', town: 'Västerås' },
  { code: 'SE-W', name: 'Region Dalarna', hospital: 'Falu lasarett', town: 'Borlänge' },
  { code: 'SE-X', name: 'Region Gävleborg', hospital: 'Hudiksvalls sjukhus', town: 'Söderhamn' },
  { code: 'SE-Y', name: 'Region Västernorrland', hospital: 'Sundsvalls sjukhus', town: 'Örnsköldsvik' },
  { code: 'SE-Z', name: 'Region Jämtland Härjedalen', hospital: 'Östersunds sjukhus', town: 'Krokom' },
  { code: 'SE-AC', name: 'Region Västerbotten', hospital: 'Skellefteå lasarett', town: 'Lycksele' },
  { code: 'SE-BD', name: 'Region Norrbotten', hospital: 'Sunderby sjukhus', town: 'Kiruna' },
];

/** A paper that names its region only through one of its hospitals. */
export const byHospital = (hospital: string): string =>
  `Tjänsteskrivelse\nVerksamhetsområde kirurgi\n\nAntalet operationer på ${hospital} ökade under året och väntetiderna minskade.`;

/** A paper that names only a town: the sender's address. */
export const byTown = (town: string): string =>
  `Tjänsteskrivelse\nHälso- och sjukvårdsförvaltningen, ${town}\n\nFörvaltningen redovisar uppföljningen av handlingsplanen.`;

/** The region in the letterhead; another region named twice in passing in the text. */
export const withDistraction = (name: string, other: string): string =>
  `${name}\nTjänsteskrivelse\n\nRegionen deltar i en gemensam ansökan som samordnas av ${other}. ${other} ansvarar för redovisningen till staten, och ${other} har tagit fram underlaget.\n\nRegiondirektören föreslår att ansökan godkänns.`;

/** A paper with no clue to its region at all. */
export const NO_REGION =
  'Tjänsteskrivelse\n\nFörvaltningen redovisar uppföljningen av handlingsplanen för året.';

/** Passing mentions that must not decide the region: [text, the region that wrote it]. */
export const PASSING_MENTIONS: [string, RegionCode][] = [
  [
    'Region Gävleborg\nHälso- och sjukvårdsförvaltningen\n\nPatienter som behöver högspecialiserad vård remitteras till Akademiska sjukhuset i Uppsala. Avtal med Akademiska sjukhuset gäller till 2026.',
    'SE-X',
  ],
  [
    'Region Halland\nTjänsteskrivelse\n\nInnovationsarbetet sker i samverkan med Sahlgrenska Science Park och Västra Götalandsregionen.',
    'SE-N',
  ],
  [
    'Region Kronoberg\nTjänsteskrivelse\n\nAnsökan lämnas gemensamt av Region Stockholm, Region Uppsala, Region Sörmland, Region Östergötland, Region Jönköpings län, Region Kronoberg, Region Kalmar län och övriga regioner.',
    'SE-G',
  ],
  [
    'Tjänsteskrivelse\nHälso- och sjukvården\n\nJämfört med Region Skåne har kostnaderna ökat mer. Verksamheten på Sunderby sjukhus och i Piteå har utökats.\n\nRegion Norrbotten\nHälso- och sjukvårdsdirektör',
    'SE-BD',
  ],
  [
    'RJL\nRegion Jönköpings län\n\nKapaciteten på Ryhov ökar medan Region Östergötland bygger ut Vrinnevisjukhuset.',
    'SE-F',
  ],
  [
    'Skånes universitetssjukhus  Handlingsplan\nHälso- och sjukvårdsförvaltningen\n\nJämförelser med Region Kalmar län visar en liknande utveckling av kostnaderna.',
    'SE-M',
  ],
];
