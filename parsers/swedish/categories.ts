/**
 * The contract's measure taxonomy by Swedish wording. Keywords are stems matched on folded text
 * (å→a, ä→a, ö→o), so inflections and compounds match: "inhyrda", "hyrläkare",
 * "läkemedelsanvändningen", "patientavgifter", "utbudsminskningar".
 */
import type { MeasureCategory } from '../schema.ts';
import { foldAccents } from './text.ts';

/**
 * Keyword syntax: a leading `^` means the keyword must start a word, a trailing `$` that it must
 * end one; otherwise it may stand anywhere inside a word (compounds). A `!xyz:` prefix names a
 * word start that disqualifies the match (e.g. "bemanning" but not "hyrbemanning"). A leading `~`
 * marks a weak keyword: a way of doing things rather than what is done ("egen regi", "omförhandla",
 * "konsult", "tar över"), which decides only when no other keyword stands in the text —
 * "Omförhandlat avtal om rikssjukvård" is purchased care, "Egen regi för sjukresor" transport.
 */
export const CATEGORY_KEYWORDS: Record<Exclude<MeasureCategory, 'other'>, string[]> = {
  staffing_agency: [
    'hyrbemanning',
    'hyrpersonal',
    'hyrlakare',
    'hyrsjukskotersk',
    'inhyr',
    'stafett',
    'bemanningsforetag',
    'bemanningsbolag',
    'konsultlakare',
    'hyrda lakare',
    'hyrd lakare',
    'hyrda sjukskot',
    'hyrd sjukskot',
    'hyrd personal',
  ],
  purchased_care: [
    'kopt vard',
    'kopta vard',
    'kop av vard',
    'kopa vard',
    'vardkop',
    'utomlansvard',
    'externa vardgivare',
    'extern vardgivare',
    'privata vardgivare',
    'hogspecialiserad vard',
    'rikssjukvard',
    'hemtagning',
    'kopta platser',
    'kopt plats',
    'externa platser',
    'privat vardgivare',
    'privata utforare',
    'extern utforare',
    'externa utforare',
    '~egen regi',
    '~^atertag',
    'andra regioner',
    'annan region',
    'utlandsvard',
  ],
  pharmaceuticals: [
    'lakemedel',
    '^forskrivning',
    'biosimil',
    'rekvisition',
    'apotek',
    'cytostatika',
    'antibiotika',
    'dosdispens',
    'generika',
    '^preparat',
  ],
  care_pathways: [
    'vardflode',
    'patientflode',
    'produktivitet',
    'egenmonitor',
    '^en vag in$',
    'vardniva',
    'forsta linjen',
    'produktionsplan',
    'kapacitetsstyrning',
    'utskrivning',
    'ledtid',
    'vardprocess',
    'distansmonitor',
    'hemmonitor',
    'flode',
    'vardforlopp',
    'operationsplan',
    'operationssal',
    'operationskapacitet',
    'dagkirurgi',
    'inneliggande',
    'vardtid',
    'varddygn',
    'aterinlaggning',
    'hemsjukvard',
    'vard i hemmet',
    'vantetid',
    'triage',
    'egenvard',
    'i hemmet',
    'telefonradgivning',
  ],
  revenue: [
    'intakt',
    'avgift',
    'faktur',
    'utomlanspatient',
    'debiter',
    'statsbidrag',
    '^taxa',
    '^taxor',
    'sald vard',
    'forsaljning',
    '~finansiering',
    '~ersattning fran',
    'asylsokande',
    '~registrering',
    '^kodning',
    // Grants the region receives; "bidrag till föreningar" are grants it pays (other).
    '~statliga bidrag',
    '~statligt bidrag',
    '~riktade bidrag',
    '~riktat bidrag',
    '~bidrag fran',
    '~sokta bidrag',
    '~projektbidrag',
  ],
  administration: [
    'administrativ',
    'administration',
    'chefsuppdrag',
    'chefsorganisation',
    'sekreterar',
    'motestid',
    '^moten',
    '^ledning',
    'ledningsstruktur',
    'tjansteres',
    '^stab$',
    '^staben$',
    '^staber',
    'overhead',
    '^chefer',
    'konferens',
    'chefsniva',
    'chefstjanst',
    'kansli',
    'stodfunktion',
    'ledningsgrupp',
    'handlaggar',
    '~konsult',
  ],
  staffing_organisation: [
    'vakans',
    'sammanslag',
    'sla samman',
    'vardplats',
    'samorganis',
    'taskshifting',
    'task shifting',
    'uppgiftsvaxling',
    'vaxling av arbetsuppgifter',
    '!hyr:bemanning',
    'organisation',
    'personalresurs',
    'rekryter',
    'kompetensmix',
    'ratt anvand kompetens',
    'overtid',
    'arbetstidsmodell',
    'schema',
    'lonetillagg',
    'sjukfranvaro',
    'kompetensvaxling',
    'anstallningsstopp',
    'jourlinj',
    'jourer$',
    'jouren$',
    'nattjour',
    'bakjour',
    'beredskapslinj',
    'vardavdelning',
    '~^avdelning',
    'underskotersk',
    'sjukskoterskeledd',
    '~^tar over',
    'personalstyrk',
    'personalkostnad',
    'arsarbetare',
    'naturlig avgang',
    'naturliga avgangar',
    'kompetensforsorj',
  ],
  transport_prehospital: [
    'sjukres',
    'ambulans',
    'larmcentral',
    'prehospital',
    'patienttransport',
    'sjuktransport',
    '^ivpa$',
    'sos alarm',
    'helikopter',
    'fardtjanst',
    '^taxi',
  ],
  procurement: [
    'inkop',
    'upphandl',
    'medicinskt material',
    'medicinsk material',
    'forbrukningsmaterial',
    'produktionsmaterial',
    'operationsmaterial',
    'hjalpmedel',
    'laborator',
    'licens',
    'abonnemang',
    'varor och tjanster',
    'vardnara service',
    'serviceavtal',
    'regionservice',
    'avtalsgenomlys',
    'tolktjanst',
    '^tolk',
    'rullator',
    'rullstol',
    'steriltekn',
    'sterilcentral',
    '^tvatt',
    'maltid',
    'matdistribution',
    'livsmedel',
    '~omforhandl',
    'avtalstrohet',
    '~ramavtal',
    'medicinsk service',
    'medicinteknisk',
    '~utrustning',
    '~leasing',
    'stadning',
  ],
  digitalisation: [
    'digital',
    'taligenkann',
    '^ai$',
    'e-tjanst',
    '^1177',
    'mobil kommunikation',
    'kommunikationsutrustning',
    'surfplatt',
    'mobiltelefon',
    'vardinformationssystem',
    'it-system',
    'automatiser',
    'e-halsa',
    'videomote',
    'distanskontakt',
    'video',
    'chatt',
    '^webb',
    'internetbaserad',
    'natbaserad',
    'via natet',
    'papperslos',
    'pappersjournal',
    '~elektronisk',
    '^e-',
    '^app$',
    '^appen$',
    '~robot',
    'sjalvincheck',
  ],
  premises: [
    '^lokaler',
    'lokalanpass',
    'lokalstorlek',
    'lokalkostnad',
    'lokalyt',
    'lokalforsorj',
    'lokalinsats',
    'ombyggnad',
    'ombyggnation',
    'investering',
    'tillbyggnad',
    'nybyggnad',
    'fastighet',
    'hyreskostnad',
    'lokalanvandning',
    'lokalbehov',
    'lokalutnyttj',
    'lokalforandr',
    'lokalflytt',
    'hyresavtal',
    '^energi',
    'lokaler$',
    'lokalerna$',
    'samlokaliser',
    'byggnad',
    '~^hyra$',
    '^hyror',
    'reservkraft',
    '^ytor$',
  ],
  // Verbs such as "avveckla"/"stänga" are left out on purpose: they open titles of every kind
  // ("Avveckla hyrpersonal", "Stängning av vårdplatser").
  service_offering: [
    'utbud',
    'narakut',
    'oppettid',
    'oppethall',
    'indikation',
    'mottagningsstruktur',
    'mottagningsort',
    'remisskrav',
    'remissgrans',
    'screening',
    'sommarstang',
    '~prioriter',
    // A clinic of its own ("den mobila hudmottagningen"): what is offered, when nothing else is named.
    '~mottagning',
  ],
};

interface CompiledKeyword {
  category: MeasureCategory;
  keyword: string;
  weak: boolean;
  /** Text every match contains (the keyword up to its first space): a cheap test before the regex. */
  literal: string;
  re: RegExp;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(category: MeasureCategory, spec: string): CompiledKeyword {
  const weak = spec.startsWith('~');
  let body = weak ? spec.slice(1) : spec;
  let exclude: string | null = null;
  const ex = /^!([^:]+):(.*)$/.exec(body);
  if (ex) {
    exclude = ex[1] ?? null;
    body = ex[2] ?? '';
  }
  const wordStart = body.startsWith('^');
  const wordEnd = body.endsWith('$');
  body = body.replace(/^\^/, '').replace(/\$$/, '');
  // A space in a keyword matches any run of spaces or line breaks.
  const pattern = escapeRe(body).replace(/ /g, '\\s+');
  const before = wordStart ? '(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}])' : exclude ? `(?<!${escapeRe(exclude)})` : '';
  const after = wordEnd ? '(?![A-Za-zªµºÀ-ÖØ-öø-ɏ\\p{N}])' : '';
  const literal = body.split(' ')[0] ?? '';
  return { category, keyword: body, weak, literal, re: new RegExp(`${before}${pattern}${after}`, 'gu') };
}

const COMPILED: CompiledKeyword[] = Object.entries(CATEGORY_KEYWORDS).flatMap(([category, words]) =>
  words.map((w) => compile(category as MeasureCategory, w)),
);

export interface CategoryHit {
  category: MeasureCategory;
  keyword: string;
  index: number;
}

/**
 * The keyword hit that decides a text: the earliest in it, the longest keyword on a tie; a weak keyword
 * only when the text holds no other.
 */
export function firstCategoryHit(text: string): CategoryHit | null {
  const folded = foldAccents(text);
  return bestHit(folded, false) ?? bestHit(folded, true);
}

function bestHit(folded: string, weak: boolean): CategoryHit | null {
  let best: (CategoryHit & { length: number }) | null = null;
  for (const k of COMPILED) {
    if (k.weak !== weak) continue;
    // Most texts hold few of the keywords: a substring search spares the regex for the rest.
    if (!folded.includes(k.literal)) continue;
    k.re.lastIndex = 0;
    const m = k.re.exec(folded);
    if (!m) continue;
    const length = m[0].length;
    if (!best || m.index < best.index || (m.index === best.index && length > best.length)) {
      best = { category: k.category, keyword: k.keyword, index: m.index, length };
    }
  }
  return best ? { category: best.category, keyword: best.keyword, index: best.index } : null;
}

/**
 * The taxonomy category of a measure. The title decides: the keyword standing earliest in it
 * wins ("Ökad kostnadskontroll vid inköp …" is procurement even if its sub-measures speak of
 * högspecialiserad vård). The description is read only when the title matches nothing.
 *
 * "Vårdnära service (VNS)" is procurement: the measure is about what the health-care
 * administration pays for a service it buys from the region's service organisation
 * ("kostnader för tjänsten"), which is the taxonomy's "Inköp, material, tjänster".
 */
export function categorize(title: string, description?: string): MeasureCategory {
  const fromTitle = firstCategoryHit(title);
  if (fromTitle) return fromTitle.category;
  if (description) {
    const fromDescription = firstCategoryHit(description);
    if (fromDescription) return fromDescription.category;
  }
  return 'other';
}
