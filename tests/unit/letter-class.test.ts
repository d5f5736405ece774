/**
 * The letter class of the extraction's regular expressions. V8 compiles a pattern's `\p{L}` (every letter
 * of every script, about 650 ranges) into machine code once per occurrence, and under the `i` flag first
 * closes that set over case: measured on this machine, about 0.1 ms per occurrence with `u` and 0.25 ms
 * with `iu`, against a few microseconds for a class of a few ranges. The parsers held about 475 such
 * occurrences and a fresh extraction compiles most of them, so the class cost a 4-page paper's cold
 * extraction a third of its analysis (README "Performance"). The parsers therefore write a letter as
 * `[A-Za-zªµºÀ-ÖØ-öø-ɏ]`: the letters of Latin-1 and Latin Extended-A and -B, the script Swedish papers
 * are written in, names of other Latin alphabets included. Letters of other scripts (Greek, Cyrillic) count
 * as non-letters in the patterns' word edges; no board paper's wording depends on them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LETTER_CLASS_BODY = 'A-Za-zªµºÀ-ÖØ-öø-ɏ';

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (name.endsWith('.ts')) out.push(path);
  }
  return out;
}

/** Regular expression literals and string pieces (regex sources) that name a Unicode letter property. */
function propertyLetters(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const kind = node.kind;
    const literal =
      kind === ts.SyntaxKind.RegularExpressionLiteral ||
      kind === ts.SyntaxKind.StringLiteral ||
      kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      kind === ts.SyntaxKind.TemplateHead ||
      kind === ts.SyntaxKind.TemplateMiddle ||
      kind === ts.SyntaxKind.TemplateTail;
    if (literal && /\\{1,2}[pP]\{L\}/.test(node.getText())) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${file.slice(ROOT.length + 1)}:${line}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the letter class of the extraction patterns', () => {
  it('is exactly the letters of U+0000–U+024F (Latin-1, Latin Extended-A and -B)', () => {
    const letter = new RegExp(`^[${LETTER_CLASS_BODY}]$`, 'u');
    const differences: string[] = [];
    for (let code = 0; code <= 0x024f; code++) {
      const char = String.fromCodePoint(code);
      if (letter.test(char) !== /^\p{L}$/u.test(char)) differences.push(code.toString(16));
    }
    expect(differences).toEqual([]);
    // and nothing past it: a Greek letter is no letter to the patterns
    expect(letter.test('α')).toBe(false);
    expect(new RegExp(`^[${LETTER_CLASS_BODY}]+$`, 'iu').test('HälsoÅÖéüßøłŽ')).toBe(true);
  });

  it('is written out in the parsers, the query layer, the functions and the CLI, never as \\p{L}', () => {
    const offenders = ['parsers', 'query', 'functions', 'cli'].flatMap((dir) =>
      sources(join(ROOT, dir)).flatMap(propertyLetters),
    );
    expect(offenders, 'write a letter as [A-Za-zªµºÀ-ÖØ-öø-ɏ] (see this file)').toEqual([]);
  });

  it('is what the parsers write', () => {
    // The class this test checks is the one the sources use, character for character.
    const text = readFileSync(join(ROOT, 'parsers', 'extract', 'references.ts'), 'utf8');
    expect(text).toContain(`[${LETTER_CLASS_BODY}]`);
  });
});
