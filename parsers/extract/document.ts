import type { DocumentInfo, Page } from '../page-model.ts';
import type { Amount, Decision, ExtractedDocument, ExtractionWarning, Measure, Reference, RegionCode, Total } from '../schema.ts';

export interface AnalyzeOptions {
  fileName: string;
  info: DocumentInfo;
  statedRegion?: RegionCode;
}

export interface Analysis {
  document: ExtractedDocument['document'];
  measures: Measure[];
  totals: Total[];
  amounts: Amount[];
  decisions: Decision[];
  references: Reference[];
  warnings: ExtractionWarning[];
}

// Work in progress: the extraction passes land here next.
export function analyzePages(_pages: Page[], _options: AnalyzeOptions): Analysis {
  return {
    document: { region: null, body: null, documentType: 'okand', title: null, date: null, years: [] },
    measures: [],
    totals: [],
    amounts: [],
    decisions: [],
    references: [],
    warnings: [],
  };
}
