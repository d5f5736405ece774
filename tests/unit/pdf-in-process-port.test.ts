import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyMessage, handOver, InProcessPort } from '../../parsers/pdf/in-process-port.ts';
import { loadPdf } from '../../parsers/pdf/load.ts';
import { inProcessWorker, loadPdfjs, TEXT_ONLY_OPTIONS } from '../../parsers/pdf/pdfjs.ts';
import { makePdf } from '../helpers/pdfkit-pdf.ts';

class ValueObject {
  constructor(readonly unicode: string) {}
}

describe('copyMessage: what the receiving side of the in-process port gets', () => {
  it('copies arrays and plain objects, so the sender may reuse its own afterwards', () => {
    const fnArray = [1, 2, 3];
    const item = { str: 'Nämnden', transform: [1, 0, 0, 1, 50, 60] };
    const copied = copyMessage({ chunk: { fnArray, items: [item] } }, []) as {
      chunk: { fnArray: number[]; items: Array<typeof item> };
    };
    // pdfjs's worker empties an operator-list chunk's arrays right after posting them.
    fnArray.length = 0;
    item.transform[4] = 0;
    expect(copied.chunk.fnArray).toEqual([1, 2, 3]);
    expect(copied.chunk.items[0]?.transform).toEqual([1, 0, 0, 1, 50, 60]);
    expect(copied.chunk.items[0]).not.toBe(item);
  });

  it('hands transferred buffers over and copies the others', () => {
    const moved = new Float32Array([1, 2]);
    const kept = new Uint8Array([7, 8]);
    const copied = copyMessage([moved, kept, moved.buffer], [moved.buffer]) as [
      Float32Array,
      Uint8Array,
      ArrayBuffer,
    ];
    expect(copied[0]).toBe(moved);
    expect(copied[2]).toBe(moved.buffer);
    expect(copied[1]).not.toBe(kept);
    expect(copied[1]).toEqual(kept);
    expect(copied[1]).toBeInstanceOf(Uint8Array);
  });

  it('hands class instances (pdfjs value objects such as glyphs) over as they are', () => {
    const glyph = new ValueObject('å');
    const copied = copyMessage({ args: [[glyph, glyph]] }, []) as { args: ValueObject[][] };
    expect(copied.args[0]?.[0]).toBe(glyph);
    expect(copied.args[0]?.[1]).toBe(glyph);
  });

  it('copies Maps and Sets, and falls back to structuredClone on a cycle', () => {
    const map = new Map([['a', [1]]]);
    const copiedMap = copyMessage(map, []) as Map<string, number[]>;
    expect(copiedMap).not.toBe(map);
    expect(copiedMap.get('a')).toEqual([1]);
    expect(copiedMap.get('a')).not.toBe(map.get('a'));
    const cyclic: { self?: unknown; n: number } = { n: 1 };
    cyclic.self = cyclic;
    const copied = copyMessage(cyclic, []) as typeof cyclic;
    expect(copied).not.toBe(cyclic);
    expect(copied.self).toBe(copied);
  });
});

describe('handOver: stream chunks pass without a deep copy', () => {
  const ENQUEUE = 4;

  it('keeps an operator-list chunk whole when the worker empties its arrays, sharing the ops', () => {
    const args = [[{ unicode: 'N' }], [1, 0, 0, 1, 5, 5]];
    const chunk = {
      fnArray: [44, 12],
      argsArray: args.slice(),
      lastChunk: true,
      separateAnnots: null,
      length: 2,
    };
    const message = { sourceName: 'w', targetName: 'm', stream: ENQUEUE, streamId: 1, chunk };
    const passed = handOver(message) as { chunk: typeof chunk };
    chunk.fnArray.length = 0;
    chunk.argsArray.length = 0;
    expect(passed.chunk.fnArray).toEqual([44, 12]);
    expect(passed.chunk.argsArray).toHaveLength(2);
    expect(passed.chunk.argsArray[0]).toBe(args[0]);
  });

  it('keeps a text-content chunk whole when the worker replaces its items and styles', () => {
    const item = { str: 'Nämnden', transform: [1, 0, 0, 1, 50, 60] };
    const chunk: { items: unknown[]; styles: object; lang: null } = {
      items: [item],
      styles: { f1: {} },
      lang: null,
    };
    const passed = handOver({ stream: ENQUEUE, streamId: 2, chunk }) as { chunk: typeof chunk };
    chunk.items = [];
    chunk.styles = {};
    expect(passed.chunk.items).toEqual([item]);
    expect(passed.chunk.styles).toEqual({ f1: {} });
  });

  it('leaves every other message to copyMessage', () => {
    expect(handOver({ stream: ENQUEUE, chunk: { other: [1] } })).toBeUndefined();
    expect(handOver({ action: 'GetPage', data: { pageIndex: 0 } })).toBeUndefined();
    expect(handOver({ stream: 3, chunk: { fnArray: [], argsArray: [] } })).toBeUndefined();
  });
});

describe('InProcessPort', () => {
  it('delivers a copy to every listener on a later microtask, until a listener is removed', async () => {
    const port = new InProcessPort();
    const seen: unknown[] = [];
    const controller = new AbortController();
    port.addEventListener('message', (event) => seen.push(event.data), { signal: controller.signal });
    const message = { n: [1] };
    port.postMessage(message);
    expect(seen).toEqual([]);
    await Promise.resolve();
    expect(seen).toEqual([{ n: [1] }]);
    expect(seen[0]).not.toBe(message);
    controller.abort();
    port.postMessage({ n: [2] });
    await Promise.resolve();
    expect(seen).toHaveLength(1);
  });
});

/** Text content and operator list of every page, read through the given worker (or pdfjs's own). */
async function readAll(bytes: Uint8Array, ownWorker: boolean): Promise<string> {
  const pdfjs = await loadPdfjs();
  const worker = ownWorker ? inProcessWorker(pdfjs) : undefined;
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    ...TEXT_ONLY_OPTIONS,
    ...(worker ? { worker } : {}),
  });
  try {
    const doc = await task.promise;
    const pages: unknown[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const operators = await page.getOperatorList();
      const fonts = [...(page.commonObjs as unknown as Iterable<[string, { name?: string; bold?: boolean }]>)]
        .map(([id, font]) => `${id}:${font?.name}:${font?.bold === true}`)
        .sort();
      pages.push({ content, fnArray: operators.fnArray, argsArray: operators.argsArray, fonts });
    }
    // JSON: glyphs come as Glyph instances through the port and as plain objects through a clone.
    // Font ids name the document ("g_d3_f1"), which differs from one loading task to the next.
    return JSON.stringify(pages).replace(/\bg_d\d+_/g, 'g_d_');
  } finally {
    await task.destroy();
    worker?.destroy();
  }
}

describe('inProcessWorker: pdfjs through the in-process port reads what it reads through its own', () => {
  it('gives the same text, operator lists and fonts on a page with text, bold and ruling lines', async () => {
    const bytes = await makePdf((doc) => {
      doc.font('bold').fontSize(16).text('Åtgärder för ekonomi i balans', 50, 60);
      doc.font('regular').fontSize(11).text('Nämnden beslutar att minska kostnaderna med 12,5 mkr.', 50, 100);
      doc.moveTo(50, 140).lineTo(300, 140).stroke();
      doc.rect(50, 150, 250, 40).stroke();
      doc.addPage();
      doc.text('Sida två', 50, 60);
    });
    const own = await readAll(bytes, true);
    expect(own).toContain('Nämnden beslutar');
    expect(own).toBe(await readAll(bytes, false));
  });

  it('gives the same on a Chromium-made tagged table and a LibreOffice memo', async () => {
    for (const name of ['004-chromium-ruled.pdf', '000-writer-tagged-memo.pdf']) {
      const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'fixtures/zoo', name)));
      expect(await readAll(bytes, true)).toBe(await readAll(bytes, false));
    }
  });

  it('rejects a password-protected PDF as before (errors cross the port)', async () => {
    const bytes = new Uint8Array(readFileSync(join(process.cwd(), 'fixtures/edge/encrypted.pdf')));
    await expect(loadPdf(bytes)).rejects.toMatchObject({ code: 'PDF_ENCRYPTED' });
  });
});
