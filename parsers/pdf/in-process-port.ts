/**
 * The message port between pdfjs's API side and its worker side when both run in this thread (always,
 * in Node). pdfjs's own in-process port (LoopbackPort) passes every message through structuredClone,
 * which serializes each glyph of an operator list's text ops (an object of nine fields, one per drawn
 * character) and each text item: 13 % of the CPU time of reading a Chromium-made PDF, more in the
 * garbage collector after it. This port copies messages in JavaScript instead, with the same
 * isolation where it matters: every array and plain object is copied, so neither side sees the other
 * change a message after sending it (the worker empties an operator-list chunk's arrays as soon as it
 * has posted them); typed arrays and buffers are copied unless listed as transferred, whose ownership
 * passes to the receiver. Instances of pdfjs's classes are handed over as they are: over all the
 * fixtures these are Glyph (text ops), Name (marked-content tags), Ref (a page's reference) and
 * PasswordException, value objects (Name and Ref are even interned by pdfjs) that neither side changes
 * after building them; structuredClone would have turned them into plain objects with the same fields.
 */

type Listener = (this: InProcessPort, event: { data: unknown }) => void;

export class InProcessPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();

  postMessage(message: unknown, transfer?: readonly unknown[] | null): void {
    const event = { data: handOver(message) ?? copyMessage(message, transfer ?? []) };
    // Delivered on a later microtask, as LoopbackPort does: senders go on before receivers run.
    void Promise.resolve().then(() => {
      for (const listener of this.#listeners.keys()) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    let unsubscribe: (() => void) | null = null;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = (): void => this.removeEventListener(_type, listener);
      signal.addEventListener('abort', onAbort);
      unsubscribe = () => signal.removeEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, unsubscribe);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const unsubscribe of this.#listeners.values()) unsubscribe?.();
    this.#listeners.clear();
  }
}

/** pdfjs's MessageHandler: a stream message that carries a chunk (StreamKind.ENQUEUE). */
const STREAM_ENQUEUE = 4;

let handOverChunks = true;

/** Whether stream chunks are handed over (handOver) or deep-copied like any message; for A/B measurements. */
export function setHandOverChunks(on: boolean): boolean {
  const old = handOverChunks;
  handOverChunks = on;
  return old;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The two stream chunks that make up nearly all the copying, handed over without a deep copy, or
 * undefined for any other message (then copied). What pdfjs's worker (5.4.296) does after posting them:
 * - an operator-list chunk ({ fnArray, argsArray, lastChunk, separateAnnots, length }, OperatorList.flush):
 *   it empties fnArray and argsArray (length = 0) and forgets them. The ops' argument arrays are never
 *   changed after being added (paths, matrices and glyph arrays are built fresh per op; cached image ops
 *   and per-string glyph arrays are shared between ops, read only), so the two outer arrays are copied
 *   and their contents handed over.
 * - a text-content chunk ({ items, styles, lang }, getTextContent's enqueueChunk): it replaces the
 *   chunk's items and styles with new ones, and each item object is built once when its run ends; so
 *   the chunk object is copied and its contents handed over.
 * Neither side changes what is handed over: pdfjs's API side copies op-list entries into its own arrays
 * and text items into its own list, and this project's readers only read them.
 */
export function handOver(message: unknown): unknown | undefined {
  if (!handOverChunks || !isPlainObject(message) || message.stream !== STREAM_ENQUEUE) return undefined;
  const chunk = message.chunk;
  if (!isPlainObject(chunk)) return undefined;
  if (Array.isArray(chunk.fnArray) && Array.isArray(chunk.argsArray)) {
    return {
      ...message,
      chunk: { ...chunk, fnArray: chunk.fnArray.slice(), argsArray: chunk.argsArray.slice() },
    };
  }
  if (Array.isArray(chunk.items) && isPlainObject(chunk.styles)) {
    return { ...message, chunk: { ...chunk, items: chunk.items.slice() } };
  }
  return undefined;
}

/** A copy of a message as the receiver gets it; `transfer` lists the buffers whose ownership moves. */
export function copyMessage(message: unknown, transfer: readonly unknown[]): unknown {
  const moved = new Set(transfer);
  try {
    return copy(message, moved, 0);
  } catch (error) {
    // Nesting too deep for a copy by recursion (or a cycle): structuredClone handles any shape.
    if (!(error instanceof RangeError)) throw error;
    return structuredClone(message, { transfer: transfer as Transferable[] });
  }
}

/** Messages nest a few levels (a structure tree a few dozen): deeper is taken as a cycle. */
const MAX_DEPTH = 1000;

function copy(value: unknown, moved: ReadonlySet<unknown>, depth: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) throw new RangeError('message nested too deeply to copy');
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], moved, depth + 1);
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      out[key] = copy((value as Record<string, unknown>)[key], moved, depth + 1);
    }
    return out;
  }
  if (ArrayBuffer.isView(value)) {
    if (moved.has(value.buffer)) return value;
    return value instanceof DataView ? structuredClone(value) : (value as unknown as Uint8Array).slice();
  }
  if (value instanceof ArrayBuffer) return moved.has(value) ? value : value.slice(0);
  if (value instanceof Map) {
    return new Map([...value].map(([k, v]) => [copy(k, moved, depth + 1), copy(v, moved, depth + 1)]));
  }
  if (value instanceof Set) return new Set([...value].map((v) => copy(v, moved, depth + 1)));
  // An instance of one of pdfjs's classes: a value object (see the module comment).
  return value;
}
