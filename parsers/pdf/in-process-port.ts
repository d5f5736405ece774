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
    const event = { data: copyMessage(message, transfer ?? []) };
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
