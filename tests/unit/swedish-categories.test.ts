import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MEASURE_CATEGORIES, type MeasureCategory } from '../../parsers/schema.ts';
import { CATEGORY_KEYWORDS, categorize, firstCategoryHit } from '../../parsers/swedish/categories.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const goldenDir = path.join(repoRoot, 'tests', 'golden', 'reference');

describe('categorize: the titles of the golden data', () => {
  it.each([
    ['Minskad hyrbemanning', 'staffing_agency'],
    ['Minskning av köpt vård', 'purchased_care'],
    ['Effektiviserad läkemedelshantering', 'pharmaceuticals'],
    ['Effektiviserade vårdflöden', 'care_pathways'],
    ['Ökade intäkter', 'revenue'],
    ['Övriga åtgärder med effekt 2024', 'other'],
    ['Sjukresor', 'transport_prehospital'],
    ['Ambulans, ambulansflyg och ambulanshelikopter', 'transport_prehospital'],
    ['Larmcentral', 'transport_prehospital'],
    [
      'Översyn av intäkter från patientavgifter inom olika verksamhetsområden och säkerställa debitering av kvalificerade vårdkontakter och vårdtillfällen',
      'revenue',
    ],
    ['En fortsatt utveckling av läkemedelsanvändningen inom regionen', 'pharmaceuticals'],
    ['Ökad kostnadskontroll vid inköp av varor och tjänster', 'procurement'],
    ['Fortsatt utveckling och implementering av digitala arbetssätt', 'digitalisation'],
    ['Reducerad användning av inhyrd personal', 'staffing_agency'],
    ['Växla köpt vård inom kirurgi och ortopedi mot egen produktion', 'purchased_care'],
    ['Ökad produktivitet inom psykiatrin', 'care_pathways'],
    ['Etablering och utvärdering av en digital psykiatrisk mottagning', 'digitalisation'],
    [
      'Översyn och anpassning av verksamheter, vårdplatser och resurser till rådande vårdbehov',
      'staffing_organisation',
    ],
    ['Temporär sammanslagning och samordning av 4 vårdplatser på avdelning 68', 'staffing_organisation'],
    ['Utvärdering och översyn av verksamheten vid Närakuten i Ludvika', 'service_offering'],
    ['Samordna första linjens psykiatri med specialistpsykiatri', 'care_pathways'],
    ['Vårdnära service (VNS)', 'procurement'],
    ['Översyn av administrativa tjänster', 'administration'],
    ['Minskning av mötestider', 'administration'],
    ['Utbudsminskningar', 'service_offering'],
    ['Anskaffande av teknisk kommunikationsutrustning', 'digitalisation'],
    ['Implementeringsplan för AI-stödd journalföring', 'digitalisation'],
  ] as [string, MeasureCategory][])('%j → %s', (title, category) => {
    expect(categorize(title)).toBe(category);
  });
});

describe('categorize: the title decides, the description is a fallback', () => {
  it('title keywords beat description keywords', () => {
    expect(
      categorize(
        'Ökad kostnadskontroll vid inköp av varor och tjänster',
        'Bredda kodarnas granskningsområde av högspecialiserad vård (SKVADER)',
      ),
    ).toBe('procurement');
    expect(
      categorize('Reducerad användning av inhyrd personal', 'Översyn av stafettläkare och läkemedel'),
    ).toBe('staffing_agency');
  });

  it('the description decides when the title matches nothing', () => {
    expect(categorize('Insats 4', 'Restriktiv hantering med avrop av inhyrda allmänsjuksköterskor')).toBe(
      'staffing_agency',
    );
    expect(categorize('Övrigt', 'Se över avgifter för utomlänspatienter')).toBe('revenue');
    expect(categorize('Övrigt', 'Inget som passar')).toBe('other');
    expect(categorize('')).toBe('other');
  });

  it('on several keywords in the title the earliest wins', () => {
    expect(categorize('Ökade intäkter för utomlänspatienter vid Sömnlab i Avesta')).toBe('revenue');
    expect(categorize('Utomlänsvård och intäkter')).toBe('purchased_care');
    expect(categorize('Översyn av chefsuppdrag och administrativa tjänster')).toBe('administration');
    expect(firstCategoryHit('Minskad hyrbemanning och vakanshållning')).toMatchObject({
      category: 'staffing_agency',
      keyword: 'hyrbemanning',
      index: 8,
    });
  });
});

describe('categorize: inflections, compounds and other regions’ wording', () => {
  it.each([
    ['Minska beroendet av inhyrda läkare', 'staffing_agency'],
    ['Färre hyrläkare inom psykiatrin', 'staffing_agency'],
    ['Stafettläkare inom onkologin', 'staffing_agency'],
    ['Avveckla hyrpersonal', 'staffing_agency'],
    ['Minskade kostnader för bemanningsföretag', 'staffing_agency'],
    ['Egen bemanning i stället för hyrsjuksköterskor', 'staffing_organisation'],
    ['Minskat vårdköp från privata aktörer', 'purchased_care'],
    ['Köp av vård från externa vårdgivare', 'purchased_care'],
    ['Minskad utomlänsvård', 'purchased_care'],
    ['Hemtagning av högspecialiserad vård', 'purchased_care'],
    ['Läkemedelsgenomgångar och byte till biosimilarer', 'pharmaceuticals'],
    ['Patientflöden på akuten', 'care_pathways'],
    ['En väg in för patienter', 'care_pathways'],
    ['Vård på rätt vårdnivå', 'care_pathways'],
    ['Utökad egenmonitorering', 'care_pathways'],
    ['Höjda patientavgifter', 'revenue'],
    ['Fakturera uteblivna besök', 'revenue'],
    ['Förbättrad debitering', 'revenue'],
    ['Minskad administration', 'administration'],
    ['Samordning av medicinska sekreterare', 'administration'],
    ['Utökad vakanshållning och särskild prövning av återrekryteringar', 'staffing_organisation'],
    ['Samorganisering av BB och gynekologiavdelning', 'staffing_organisation'],
    ['Taskshifting inom operationsverksamheten', 'staffing_organisation'],
    ['Anpassa bemanningsnivå på förlossningen', 'staffing_organisation'],
    ['Ny organisation för primärvården', 'staffing_organisation'],
    ['Översyn av sjukreseregelverket', 'transport_prehospital'],
    ['Prehospitala resurser', 'transport_prehospital'],
    ['Effektivare patienttransporter', 'transport_prehospital'],
    ['Ny upphandling av städtjänster', 'procurement'],
    ['Restriktivitet i användning av hjälpmedel', 'procurement'],
    ['Minska kostnaderna för externa laboratorier', 'procurement'],
    ['Översyn av outnyttjade licenser och abonnemang', 'procurement'],
    ['Ökad standardisering av operationsmaterial', 'procurement'],
    ['Medicinskt material', 'procurement'],
    ['Digitala vårdmöten', 'digitalisation'],
    ['Taligenkänning i journalen', 'digitalisation'],
    ['AI för bildgranskning', 'digitalisation'],
    ['Fler e-tjänster i 1177', 'digitalisation'],
    ['Surfplattor för hemsjukvården', 'digitalisation'],
    ['Optimering av lokaler', 'premises'],
    ['Minskat ombyggnadsbehov', 'premises'],
    ['Senareläggning av investering i tillbyggnad av operationshus', 'premises'],
    ['Avyttring av fastigheter', 'premises'],
    ['Utbudsbegränsningar', 'service_offering'],
    ['Förändrade öppettider på vårdcentraler', 'service_offering'],
    ['Översyn av indikationsgräns för venös kirurgi', 'service_offering'],
    ['Stängning av närakuten nattetid', 'service_offering'],
    ['LÄKEMEDEL', 'pharmaceuticals'],
    ['Effektivare lokalanvändning', 'premises'],
    ['Minskad energiförbrukning i sjukhusbyggnader', 'premises'],
    ['Tydligare synergier mellan enheter', 'other'],
    ['Minskad sjukfrånvaro', 'staffing_organisation'],
    ['Anställningsstopp för administrativ personal', 'staffing_organisation'],
    ['Färre chefer i förvaltningen', 'administration'],
    ['Färre konferenser och tjänsteresor', 'administration'],
    ['Utökad distansmonitorering', 'care_pathways'],
    ['Översyn av färdtjänst och sjukresor', 'transport_prehospital'],
    ['Lägre kostnader för tolktjänster', 'procurement'],
  ] as [string, MeasureCategory][])('%j → %s', (title, category) => {
    expect(categorize(title)).toBe(category);
  });

  it('short keywords match only as whole words', () => {
    // "ai" inside words, "stab" inside "stabil", "en väg in" before "inte".
    expect(categorize('Mail till patienter')).toBe('other');
    expect(categorize('Ett stabilt vårdutbud')).toBe('service_offering');
    expect(categorize('Stabil ekonomi')).toBe('other');
    expect(categorize('Det finns en väg inte')).toBe('other');
  });

  it('every category except other has keywords, and every keyword reaches its own category', () => {
    const keyed = Object.keys(CATEGORY_KEYWORDS).sort();
    expect(keyed).toEqual(MEASURE_CATEGORIES.filter((c) => c !== 'other').sort());
    for (const [category, words] of Object.entries(CATEGORY_KEYWORDS)) {
      for (const word of words) {
        const plain = word
          .replace(/^~/, '')
          .replace(/^!.*?:/, '')
          .replace(/^\^/, '')
          .replace(/\$$/, '');
        expect(firstCategoryHit(plain)?.category, `${word}`).toBe(category);
      }
    }
  });
});

describe("categorize: compounds, trades and modes of other regions' wording", () => {
  it.each([
    ['Uppsagda förrådslokaler i källarplan', 'premises'],
    ['Flytt till mindre kontorslokaler', 'premises'],
    ['Samlokaliserade barnmorskemottagningar', 'premises'],
    ['Sekreterarstöd samlat i en enhet', 'administration'],
    ['Färre chefsnivåer i primärvården', 'administration'],
    ['Minskat köp av konsulttjänster', 'administration'],
    ['Bättre flöden genom akuten', 'care_pathways'],
    ['Fler operationer per operationssal och dag', 'care_pathways'],
    ['Kortare vårdtider på medicinkliniken', 'care_pathways'],
    ['Ökad andel dagkirurgi', 'care_pathways'],
    ['Nattjouren vid länssjukhuset slås ihop med akutens', 'staffing_organisation'],
    ['Färre jourlinjer inom medicin', 'staffing_organisation'],
    ['Avdelning 14 stängs under sommaren', 'staffing_organisation'],
    ['Undersköterskor i stället för sjuksköterskor på natten', 'staffing_organisation'],
    ['Minskade köpta platser inom rättspsykiatrin', 'purchased_care'],
    ['Hälsovalsenheten tar över vården från privat vårdgivare', 'purchased_care'],
    ['Färre patienter remitteras till andra regioner', 'purchased_care'],
    ['Central spädning av cytostatika', 'pharmaceuticals'],
    ['Byte till generika där det är möjligt', 'pharmaceuticals'],
    ['Korrekt registrering av utomlänsbesök', 'revenue'],
    ['Sökta statliga bidrag för vaccinationer', 'revenue'],
    ['Riktade bidrag från staten för kömiljarden', 'revenue'],
    ['Minskade bidrag till kulturföreningar', 'other'],
    ['Nedläggning av ungdomsmottagningen i inlandet', 'service_offering'],
    ['Färre barnmorskemottagningar i egna lokaler', 'premises'],
    ['Chattfunktion för förnyelse av recept', 'digitalisation'],
    ['Videomottagning i psykiatrin', 'digitalisation'],
    ['Webbtidbok i primärvården', 'digitalisation'],
    ['Lägre kostnad för tolkar', 'procurement'],
    ['Billigare tvätt genom ny leverantör', 'procurement'],
    ['Ramavtal för medicinteknisk utrustning', 'procurement'],
    ['Skärpt indikation för magnetkameraundersökning', 'service_offering'],
    ['Screeningprogram skjuts upp', 'service_offering'],
    ['Kortare öppethållande på jourcentralen', 'service_offering'],
  ] as [string, MeasureCategory][])('%j → %s', (title, category) => {
    expect(categorize(title)).toBe(category);
  });

  it('a weak keyword (a way of doing it) gives way to what is done, wherever it stands', () => {
    expect(categorize('Omförhandlat avtal om utomlänsvård')).toBe('purchased_care');
    expect(categorize('Egen regi för ambulanstransporter')).toBe('transport_prehospital');
    expect(categorize('Konsultstöd vid upphandling av laboratorietjänster')).toBe('procurement');
    expect(categorize('Omförhandlat avtal med städleverantören')).toBe('procurement');
    expect(categorize('Egen regi i stället för extern röntgen')).toBe('purchased_care');
  });
});

describe('categorize against the golden files', () => {
  const files = readdirSync(goldenDir).filter((f) => f.endsWith('.json'));
  it('has golden files', () => {
    expect(files.length).toBeGreaterThan(0);
  });
  for (const file of files) {
    it(`every golden category in ${file} follows from its title words`, () => {
      const golden = JSON.parse(readFileSync(path.join(goldenDir, file), 'utf8')) as {
        measures: { titleIncludes: string; category?: MeasureCategory }[];
      };
      for (const m of golden.measures) {
        if (!m.category) continue;
        // The golden gives a fragment of the title; the fragment alone must already decide.
        expect(categorize(m.titleIncludes), m.titleIncludes).toBe(m.category);
      }
    });
  }
});
