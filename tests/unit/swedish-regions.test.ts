import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../../parsers/schema.ts';
import {
  detectRegion,
  findRegionMentions,
  parseRegionCode,
  REGIONS,
  regionName,
} from '../../parsers/swedish/regions.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = path.join(repoRoot, 'fixtures', 'seeds');

function seedPages(prefix: string): { number: number; text: string }[] {
  const file = readdirSync(seedsDir).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing in ${seedsDir}`);
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  // The seeds carry no page breaks; cut them into ~3000-character pages at line ends so page
  // numbers and page-1 weighting are exercised.
  const pages: { number: number; text: string }[] = [];
  let rest = text;
  while (rest.length > 0) {
    let cut = rest.length <= 3000 ? rest.length : rest.lastIndexOf('\n', 3000);
    if (cut <= 0) cut = Math.min(rest.length, 3000);
    pages.push({ number: pages.length + 1, text: rest.slice(0, cut) });
    rest = rest.slice(cut);
  }
  return pages;
}

const page = (text: string, number = 1) => ({ number, text });

describe('REGIONS', () => {
  it('covers all 21 codes with the names regions use for themselves', () => {
    expect(Object.keys(REGIONS).sort()).toEqual([...REGION_CODES].sort());
    expect(regionName('SE-W')).toBe('Region Dalarna');
    expect(regionName('SE-Z')).toBe('Region Jämtland Härjedalen');
    expect(regionName('SE-O')).toBe('Västra Götalandsregionen');
    expect(regionName('SE-F')).toBe('Region Jönköpings län');
    expect(regionName('SE-AC')).toBe('Region Västerbotten');
    for (const code of REGION_CODES) expect(REGIONS[code].places.length).toBeGreaterThan(0);
    expect(REGIONS['SE-W'].aliases).toContain('Region Dalarnas');
    expect(REGIONS['SE-W'].aliases).toContain('Dalarnas län');
    expect(REGIONS['SE-W'].aliases).toContain('Landstinget Dalarna');
    expect(REGIONS['SE-O'].aliases).toContain('VGR');
    expect(REGIONS['SE-Z'].aliases).toContain('Jämtlands län');
    expect(REGIONS['SE-AC'].aliases).toContain('Västerbottens län');
  });
});

describe('detectRegion on the seeds', () => {
  it.each([
    ['004_', 'SE-W', 'Region Dalarna'],
    ['000_', 'SE-Z', 'Östersunds sjukhus'],
    ['001_', 'SE-AC', 'Region Västerbotten'],
    ['002_', 'SE-Z', 'Region Jämtland Härjedalen'],
  ])('seed %s → %s', (prefix, code, evidenceIncludes) => {
    const pages = seedPages(prefix);
    const region = detectRegion(pages);
    expect(region?.code).toBe(code);
    expect(region?.name).toBe(regionName(code as 'SE-W'));
    expect(region?.evidence).toContain(evidenceIncludes);
    // Evidence is copied verbatim from the page it names.
    const evidencePage = pages.find((p) => p.number === region?.page);
    expect(evidencePage?.text).toContain(region?.evidence);
  });

  it('seed 004: referrals to Uppsala, Örebro and Karolinska are discounted', () => {
    const mentions = findRegionMentions(seedPages('004_'));
    const referred = mentions.filter((m) => m.code === 'SE-C' || m.code === 'SE-T' || m.code === 'SE-AB');
    expect(referred.length).toBeGreaterThan(0);
    for (const m of referred) expect(m.weight, `${m.text} on page ${m.page}`).toBeLessThan(1);
  });
});

describe('detectRegion', () => {
  it('a region name beats towns of other regions', () => {
    const r = detectRegion([
      page('Hälso- och sjukvårdsnämnden, Region Halland\nProtokoll'),
      page('Patienter remitteras till Sahlgrenska. Jämförelse med Göteborg, Borås och Lund.', 2),
    ]);
    expect(r?.code).toBe('SE-N');
    expect(r?.evidence).toContain('Region Halland');
    expect(r?.page).toBe(1);
  });

  it('a referral to another region does not win over the author', () => {
    const r = detectRegion([
      page(
        'Remittera protesrevisioner från Ortopeden i Mora till Ortopeden i Falun i stället för till Akademiska sjukhuset i Uppsala och Universitetssjukhuset i Örebro.',
      ),
    ]);
    expect(r?.code).toBe('SE-W');
  });

  it('a genitive name is one mention, not a name and an alias', () => {
    const mentions = findRegionMentions([page('Region Dalarnas ekonomi', 2)]);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ code: 'SE-W', text: 'Region Dalarnas', kind: 'name' });
  });

  it('genitive and county forms count', () => {
    expect(detectRegion([page('Västerbottens läns landsting har beslutat')])?.code).toBe('SE-AC');
    expect(detectRegion([page('Region Dalarnas ekonomiska utmaningar')])?.code).toBe('SE-W');
    expect(detectRegion([page('Landstinget Dalarna 2018')])?.code).toBe('SE-W');
    expect(detectRegion([page('Inom Jämtlands län finns ett sjukhus')])?.code).toBe('SE-Z');
    expect(detectRegion([page('VGR:s regionstyrelse')])?.code).toBe('SE-O');
  });

  it('a name without its å, ä or ö is the place only where the page has lost those letters', () => {
    // "Are" beside text that writes ä and ö: the word, not the town of Åre.
    expect(
      findRegionMentions([
        page('Rapporten visar att kostnaderna ökat.\nAre the figures final? Nej, preliminära.'),
      ]),
    ).toEqual([]);
    expect(findRegionMentions([page('Vårdcentralen i Åre öppnar igen')])[0]).toMatchObject({ code: 'SE-Z' });
    // A text layer that dropped every å, ä and ö: the folded name is all there is.
    expect(findRegionMentions([page('Vardcentralen i Are oppnar igen')])[0]).toMatchObject({ code: 'SE-Z' });
  });

  it('hospitals identify the region when the name is absent', () => {
    expect(detectRegion([page('högre kapacitet på Östersunds sjukhus')])?.code).toBe('SE-Z');
    expect(detectRegion([page('Vårdplatser vid Norrlands universitetssjukhus i Umeå')])?.code).toBe('SE-AC');
    expect(detectRegion([page('Akutmottagningen på Sunderby sjukhus')])?.code).toBe('SE-BD');
    expect(detectRegion([page('Operationskapacitet på Karolinska universitetssjukhuset')])?.code).toBe(
      'SE-AB',
    );
    expect(detectRegion([page('Ortopedin vid Länssjukhuset Ryhov')])?.code).toBe('SE-F');
  });

  it('national and collective mentions name no region', () => {
    expect(detectRegion([page('en gemensam ansökan mellan samtliga 21 regioner')])).toBeNull();
    expect(
      detectRegion([page('i samverkan med de andra regionerna och Sveriges Kommuner och Regioner')]),
    ).toBeNull();
    expect(detectRegion([page('')])).toBeNull();
    expect(detectRegion([])).toBeNull();
  });

  it('lower-case words are not places, and compounds are not county names', () => {
    expect(detectRegion([page('en lund av björkar och en sala')])).toBeNull();
    expect(detectRegion([page('den så kallade Jämtlandsmodellen sprids')])).toBeNull();
  });

  it('acronyms must be written in capitals', () => {
    expect(detectRegion([page('Ledningen vid SUS beslutade')])?.code).toBe('SE-M');
    expect(detectRegion([page('det finns ett sus i salen')])).toBeNull();
  });

  it('names split over a line break and written in capitals still match', () => {
    const r = detectRegion([page('REGION JÄMTLAND\nHÄRJEDALEN\nTjänsteskrivelse')]);
    expect(r?.code).toBe('SE-Z');
    expect(r?.evidence).toContain('REGION JÄMTLAND');
  });

  it('comparison lines naming many regions do not outweigh the letterhead', () => {
    const comparison = Array.from(
      { length: 5 },
      (_, i) =>
        `Kostnad per invånare ${2019 + i}: Region Stockholm 12 %, Region Uppsala 10 %, Region Skåne 9 %`,
    ).join('\n');
    const r = detectRegion([page('Region Dalarna\nHälso- och sjukvårdsnämnden'), page(comparison, 2)]);
    expect(r?.code).toBe('SE-W');
    const mentions = findRegionMentions([page(comparison, 2)]);
    expect(mentions).toHaveLength(15);
    // 10 for a name, times 0.3 for the comparison line (times 1.5 on the page's first and last lines).
    for (const m of mentions) expect([3, 4.5]).toContain(Math.round(m.weight * 10) / 10);
  });

  it('the footer counts like the header', () => {
    const body = 'Ärendet gäller vårdplatser. '.repeat(30);
    const [footer] = findRegionMentions([page(`${body}\nRegion Gävleborg, Box 1, Gävle`, 3)]);
    expect(footer?.code).toBe('SE-X');
    expect(footer?.weight).toBe(15);
  });

  it('page 1 and the page header weigh more than a later page', () => {
    const r = detectRegion([
      page('Region Gävleborg\nHälso- och sjukvårdsnämnden'),
      page('Jämförelse: Region Uppsala har lägre kostnader. Region Uppsala planerar också.', 2),
    ]);
    expect(r?.code).toBe('SE-X');
  });
});

describe('parseRegionCode', () => {
  it.each([
    ['SE-W', 'SE-W'],
    ['W', 'SE-W'],
    ['se-w', 'SE-W'],
    [' ac ', 'SE-AC'],
    ['SE-BD', 'SE-BD'],
    ['Dalarna', 'SE-W'],
    ['Region Dalarna', 'SE-W'],
    ['region dalarna', 'SE-W'],
    ['Dalarnas län', 'SE-W'],
    ['Jämtland Härjedalen', 'SE-Z'],
    ['jamtland harjedalen', 'SE-Z'],
    ['Region Jämtland Härjedalen', 'SE-Z'],
    ['Västra Götalandsregionen', 'SE-O'],
    ['VGR', 'SE-O'],
    ['Stockholm', 'SE-AB'],
    ['Region Örebro län', 'SE-T'],
    ['Örebro län', 'SE-T'],
    ['Jönköpings län', 'SE-F'],
    ['Skåne', 'SE-M'],
    ['Västerbotten', 'SE-AC'],
  ])('%j → %s', (input, code) => {
    expect(parseRegionCode(input)).toBe(code);
  });

  it.each(['', 'SE-Q', 'Q', 'Norge', 'Region', 'SE-', 'Falun'])('%j → null', (input) => {
    expect(parseRegionCode(input)).toBeNull();
  });
});
