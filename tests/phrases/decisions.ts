/**
 * Phrase bank, decision blocks: each block (in the test-page markup of tests/helpers/text-pages.ts:
 * "## " a sub-heading, "**…**" a bold line, leading spaces indent) with every point it must give —
 * id, parent id, kind, actor, a piece of its text — and nothing else (agenda numbers, quoted lists,
 * numbered headings after the block are not points). Written for the tests, not copied from any paper.
 */
export interface DecisionPhrase {
  name: string;
  text: string;
  /** [id, parentId, kind, actor, text the point contains] */
  points: [string, string | null, 'proposal' | 'decision', string | null, string][];
}

export const DECISION_PHRASES: DecisionPhrase[] = [
  {
    name: 'numbered points under "Förslag till beslut"',
    text: '## Förslag till beslut\n1. Godkänna handlingsplanen.\n2. Uppdra åt regiondirektören att återrapportera.',
    points: [
      ['1', null, 'proposal', null, 'Godkänna handlingsplanen'],
      ['2', null, 'proposal', null, 'återrapportera'],
    ],
  },
  {
    name: 'a genitive heading names the proposer',
    text: '## Hälso- och sjukvårdsdirektörens förslag\n1) Anta planen.\n2) Förklara paragrafen omedelbart justerad.',
    points: [
      ['1', null, 'proposal', 'Hälso- och sjukvårdsdirektören', 'Anta planen'],
      ['2', null, 'proposal', 'Hälso- och sjukvårdsdirektören', 'omedelbart justerad'],
    ],
  },
  {
    name: '"… föreslår regionfullmäktige besluta följande:" with numbered points',
    text: 'Regionstyrelsen föreslår regionfullmäktige besluta följande:\n1. Fastställa budgeten för 2025.\n2. Fastställa planen för 2026–2027.',
    points: [
      ['1', null, 'proposal', 'Regionstyrelsen', 'budgeten för 2025'],
      ['2', null, 'proposal', 'Regionstyrelsen', 'planen för 2026–2027'],
    ],
  },
  {
    name: 'heading then an introducing sentence: the sentence names the actor',
    text: '## Förslag till beslut\nPrimärvårdsnämnden föreslår regionstyrelsen att besluta\n1. Godkänna avtalet.\n2. Ge förvaltningen i uppdrag att följa upp avtalet.',
    points: [
      ['1', null, 'proposal', 'Primärvårdsnämnden', 'Godkänna avtalet'],
      ['2', null, 'proposal', 'Primärvårdsnämnden', 'följa upp avtalet'],
    ],
  },
  {
    name: 'passive "föreslås besluta att" run in',
    text: 'Hälso- och sjukvårdsnämnden föreslås besluta att godkänna rapporten.',
    points: [['1', null, 'proposal', 'Hälso- och sjukvårdsnämnden', 'godkänna rapporten']],
  },
  {
    name: 'passive intro wrapped over two lines',
    text: 'Hälso- och sjukvårdsnämnden\nföreslås besluta att lägga uppföljningen till handlingarna.',
    points: [['1', null, 'proposal', 'Hälso- och sjukvårdsnämnden', 'lägga uppföljningen till handlingarna']],
  },
  {
    name: 'passive intro with one "att" per line',
    text: 'Regionstyrelsen föreslås besluta\natt godkänna rapporten,\natt uppdra åt regiondirektören att återkomma i juni.',
    points: [
      ['1', null, 'proposal', 'Regionstyrelsen', 'godkänna rapporten'],
      ['2', null, 'proposal', 'Regionstyrelsen', 'återkomma i juni'],
    ],
  },
  {
    name: 'run-in att-clauses in one sentence',
    text: 'Nämnden beslutar att godkänna rapporten, att uppdra åt förvaltningen att ta fram en plan samt att förklara paragrafen omedelbart justerad.',
    points: [
      ['1', null, 'decision', 'Nämnden', 'godkänna rapporten'],
      ['2', null, 'decision', 'Nämnden', 'ta fram en plan'],
      ['3', null, 'decision', 'Nämnden', 'omedelbart justerad'],
    ],
  },
  {
    name: '"- att" bullets under "Beslut"',
    text: '## Beslut\n- att godkänna delårsrapporten\n- att överlämna den till regionstyrelsen',
    points: [
      ['1', null, 'decision', null, 'godkänna delårsrapporten'],
      ['2', null, 'decision', null, 'överlämna den till regionstyrelsen'],
    ],
  },
  {
    name: '"Beslut:" paragraph in minutes',
    text: 'Beslut: Regionstyrelsen godkänner årsredovisningen.',
    points: [['1', null, 'decision', 'Regionstyrelsen', 'godkänner årsredovisningen']],
  },
  {
    name: '"Beslut i korthet" summary',
    text: '## Beslut i korthet\nNämnden godkände handlingsplanen och gav direktören i uppdrag att följa upp.\n\nBakgrunden till ärendet är det ekonomiska läget.',
    points: [['1', null, 'decision', null, 'godkände handlingsplanen']],
  },
  {
    name: 'points numbered within a section',
    text: '## Förslag till beslut\n2.1 Godkänna planen.\n2.2 Uppdra åt direktören att återrapportera.',
    points: [
      ['2.1', null, 'proposal', null, 'Godkänna planen'],
      ['2.2', null, 'proposal', null, 'återrapportera'],
    ],
  },
  {
    name: 'letters under a numbered point',
    text: '## Förslag till beslut\n1. Anta åtgärderna enligt följande:\na) minskad hyrbemanning\nb) översyn av vårdplatser\n2. Uppdra åt direktören att återrapportera.',
    points: [
      ['1', null, 'proposal', null, 'Anta åtgärderna'],
      ['1a', '1', 'proposal', null, 'minskad hyrbemanning'],
      ['1b', '1', 'proposal', null, 'översyn av vårdplatser'],
      ['2', null, 'proposal', null, 'återrapportera'],
    ],
  },
  {
    name: 'lettered under a number written "1 a)"',
    text: '## Förslag till beslut\n1 a) Minska hyrbemanningen.\n1 b) Se över köpt vård.\n2. Återrapportera i juni.',
    points: [
      ['1a', '1', 'proposal', null, 'Minska hyrbemanningen'],
      ['1b', '1', 'proposal', null, 'köpt vård'],
      ['2', null, 'proposal', null, 'Återrapportera'],
    ],
  },
  {
    name: "a motion's numbered list quoted inside a point is not points",
    text: '## Förslag till beslut\nRegionstyrelsen föreslås besluta att\n1. bifalla motionen i följande delar:\n      1. Utreda fler vårdplatser.\n      2. Utreda en närakut.\n2. avslå motionen i övrigt.',
    points: [
      ['1', null, 'proposal', 'Regionstyrelsen', 'Utreda en närakut'],
      ['2', null, 'proposal', 'Regionstyrelsen', 'avslå motionen'],
    ],
  },
  {
    name: 'agenda number before the decision is not a point',
    text: '§ 12 Ekonomisk uppföljning\nRegionstyrelsen beslutar att godkänna uppföljningen.',
    points: [['1', null, 'decision', 'Regionstyrelsen', 'godkänna uppföljningen']],
  },
  {
    name: "a board's committee is its own actor",
    text: '## Hälso- och sjukvårdsnämndens arbetsutskotts förslag\n1. Godkänna planen.',
    points: [['1', null, 'proposal', 'Hälso- och sjukvårdsnämndens arbetsutskott', 'Godkänna planen']],
  },
  {
    name: 'decides "för egen del"',
    text: 'Regionstyrelsen beslutar för egen del att\n1. godkänna rapporten.\n2. ge regiondirektören i uppdrag att fortsätta arbetet.',
    points: [
      ['1', null, 'decision', 'Regionstyrelsen', 'godkänna rapporten'],
      ['2', null, 'decision', 'Regionstyrelsen', 'fortsätta arbetet'],
    ],
  },
  {
    name: 'lettered points on their own',
    text: '## Beslutsförslag\na) Godkänna avtalet.\nb) Delegera vidare beslut till direktören.',
    points: [
      ['a', null, 'proposal', null, 'Godkänna avtalet'],
      ['b', null, 'proposal', null, 'Delegera vidare'],
    ],
  },
  {
    name: 'two blocks in one paper: the second is prefixed',
    text: '## Förslag till beslut\n1. Godkänna planen.\n\n## Bakgrund\nText om bakgrunden.\n\n## Beslut\nNämnden beslutar att anta planen.',
    points: [
      ['1', null, 'proposal', null, 'Godkänna planen'],
      ['2:1', null, 'decision', 'Nämnden', 'anta planen'],
    ],
  },
  {
    name: 'the block ends at a distribution list',
    text: '## Beslut\n1. Godkänna rapporten.\nBeslutet skickas till\n1. Regiondirektören',
    points: [['1', null, 'decision', null, 'Godkänna rapporten']],
  },
  {
    name: 'a subordinate clause with "beslutar" is not a block',
    text: 'Om nämnden beslutar att anta planen kommer kostnaderna att minska.',
    points: [],
  },
  {
    name: 'bullets under a point that opens a list',
    text: '## Förslag till beslut\n1. Uppdra åt direktören att\n• minska hyrbemanningen,\n• se över vårdplatserna.\n2. Återrapportera i juni.',
    points: [
      ['1', null, 'proposal', null, 'Uppdra åt direktören'],
      ['1a', '1', 'proposal', null, 'minska hyrbemanningen'],
      ['1b', '1', 'proposal', null, 'se över vårdplatserna'],
      ['2', null, 'proposal', null, 'Återrapportera i juni'],
    ],
  },
  {
    name: '"Regiondirektörens förslag till beslut" with att-clauses',
    text: '## Regiondirektörens förslag till beslut\natt anta handlingsplanen\natt ge i uppdrag att återrapportera',
    points: [
      ['1', null, 'proposal', 'Regiondirektören', 'anta handlingsplanen'],
      ['2', null, 'proposal', 'Regiondirektören', 'återrapportera'],
    ],
  },
  {
    name: 'a numbered heading "2 Förslag till beslut" with points 2.1, 2.2',
    text: '**2 Förslag till beslut**\n2.1 Ge regiondirektören i uppdrag att samordna arbetet.\n2.2 Godkänna handlingsplanen.\n**Beslutet skickas till**\nEkonomidirektör',
    points: [
      ['2.1', null, 'proposal', null, 'samordna arbetet'],
      ['2.2', null, 'proposal', null, 'Godkänna handlingsplanen'],
    ],
  },
];
