// Types of web/messages-sv.js (plain JavaScript, so the page loads it without a build step).
export interface CodeTextSv {
  title: string;
  text: string;
}
export interface WarningLike {
  code: string;
  message?: string | undefined;
  page?: number | null | undefined;
}
export interface WarningSummarySv {
  code: string;
  title: string;
  pages: number[];
}
export declare const CODE_TEXTS_SV: Readonly<Record<string, CodeTextSv>>;
export declare const FALLBACK_WARNING_SV: Readonly<CodeTextSv>;
export declare const FALLBACK_ERROR_SV: Readonly<CodeTextSv>;
export declare function hasTextSv(code: string): boolean;
export declare function codeTextSv(code: string, kind?: 'warning' | 'error'): CodeTextSv;
export declare function describeSv(
  item: WarningLike,
  options?: { kind?: 'warning' | 'error'; regionName?: (code: string) => string },
): string;
export declare function summarizeWarningsSv(warnings: readonly WarningLike[]): WarningSummarySv[];
export declare function warningLabelSv(entry: { title: string; pages: number[] }): string;
export declare function displayFileName(name: string): string;
