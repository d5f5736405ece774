import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../functions/api/uploads.ts';
import { DOCUMENT_TYPES, EffectTypeSchema } from '../../parsers/schema.ts';
import { toCsv } from '../../query/export.ts';
import { CompareParams, parseParams, toCompareQuery } from '../../query/params.ts';
import {
  csvNumber,
  DOCUMENT_TYPE_NAMES_SV,
  documentTypeNameSv,
  EFFECT_TYPE_NAMES_SV,
  effectTypeNameSv,
  fold,
  formatMsek,
  matchesWords,
  queryWords,
} from '../../query/swedish.ts';

describe('accent-insensitive search', () => {
  it('folds å, ä, ö, é and case', () => {
    expect(fold('Hyrläkare ÅTGÄRD Östersund Café')).toBe('hyrlakare atgard ostersund cafe');
  });

  it('splits a query into folded words, every one of which must occur', () => {
    expect(queryWords('  Köpt  vård, ')).toEqual(['kopt', 'vard']);
    expect(queryWords(undefined)).toEqual([]);
    const text = fold('Minskad köpt vård i Östersund');
    expect(matchesWords(text, queryWords('kopt ostersund'))).toBe(true);
    expect(matchesWords(text, queryWords('kopt lakemedel'))).toBe(false);
  });
});

describe('Swedish numbers', () => {
  it('writes CSV amounts with a decimal comma and no grouping', () => {
    expect(csvNumber(18.5)).toBe('18,5');
    expect(csvNumber(1234.56)).toBe('1234,56');
    expect(csvNumber(-973)).toBe('-973');
    expect(csvNumber(0.1 + 0.2)).toBe('0,3');
  });

  it('formats amounts for people with grouping and a decimal comma', () => {
    expect(formatMsek(18.5)).toBe('18,5');
    expect(formatMsek(9700)).toBe('9\u00a0700');
  });
});

describe('CSV cells', () => {
  it('quotes separators and quotes, and neutralises formula-like text', () => {
    const bytes = toCsv({
      name: 'x',
      header: ['Text', 'Belopp'],
      amountColumns: [1],
      rows: [
        ['a;b "c"', 1.5],
        ['=HYPERLINK("x")', null],
        ['-5 mkr', -5],
      ],
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toBe('\uFEFFText;Belopp\r\n"a;b ""c""";1,5\r\n"\'=HYPERLINK(""x"")";\r\n\'-5 mkr;-5\r\n');
  });
});

describe('compare parameters', () => {
  it('accepts short and lower-case region codes and a year list', () => {
    const query = toCompareQuery(parseParams(CompareParams, { regions: 'w, se-z,W', years: '2025,2023' }));
    expect(query).toEqual({ regions: ['SE-W', 'SE-Z'], years: [2023, 2025] });
  });
});

describe('upload file names', () => {
  it('keeps Swedish letters and drops path parts and odd characters', () => {
    expect(safeFileName('../../Åtgärdsplan 2024 (slutlig).pdf')).toBe('Åtgärdsplan-2024-slutlig.pdf');
    expect(safeFileName('C:\\tmp\\plan.pdf')).toBe('plan.pdf');
    expect(safeFileName('...')).toBe('upload.pdf');
  });
});

describe('Swedish names of codes shown in exports and the CLI', () => {
  it('names every effect type and document type of the schema in Swedish', () => {
    for (const type of EffectTypeSchema.options) {
      expect(EFFECT_TYPE_NAMES_SV[type], type).toMatch(/^[A-ZÅÄÖ][a-zåäö ]+$/);
      expect(effectTypeNameSv(type)).toBe(EFFECT_TYPE_NAMES_SV[type]);
    }
    for (const type of DOCUMENT_TYPES) expect(documentTypeNameSv(type)).toBe(DOCUMENT_TYPE_NAMES_SV[type]);
    for (const type of DOCUMENT_TYPES) expect(documentTypeNameSv(type)).toMatch(/^[A-ZÅÄÖ][a-zåäö ]+$/);
    expect(effectTypeNameSv('something_new')).toBe('Annan effekt');
    expect(documentTypeNameSv('okand')).toBe('Okänd typ');
  });
});
