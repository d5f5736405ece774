/**
 * Every kind of Standard-handler encryption a public body's tools write (RC4 40 and 128 bit, AES 128,
 * AES 256 revisions 5 and 6): with an empty user password (permissions only) the file is read as
 * viewers read it, without asking; with a user password it is PDF_ENCRYPTED, never a crash or an empty
 * paper. Files written by qpdf from one small page (fixtures/holdout52/generate.ts, typed-errors/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionError } from '../../parsers/errors.ts';
import { pageText } from '../../parsers/page-model.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';

const DIR = join(process.cwd(), 'fixtures/holdout52/typed-errors');
const KINDS = ['rc4-40', 'rc4-128', 'aes-128', 'aes-256-r5', 'aes-256'];
const read = (name: string) => new Uint8Array(readFileSync(join(DIR, `${name}.pdf`)));

describe('encryption kinds', () => {
  it.each(KINDS)('%s with only an owner password is read', async (kind) => {
    const model = await loadPdf(read(`${kind}-owner-only`));
    expect(model.pages.map((page) => pageText(page))).toEqual(['Sekretessbelagd bilaga 3,5 mkr']);
  });

  it.each(KINDS)('%s with a user password is PDF_ENCRYPTED', async (kind) => {
    const error = await loadPdf(read(`${kind}-user-password`)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect((error as ExtractionError).code).toBe('PDF_ENCRYPTED');
  });
});
