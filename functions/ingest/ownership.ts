/**
 * One owner per document. The same bytes can arrive under two keys at the same moment (`uploads/x.pdf`
 * and `uploads/SE-W/y.pdf`): both ingests compute the same documentId and, unchecked, both write fact
 * files — into two regions' partitions — and race on extracted/<id>.json. A lease object
 * `locks/<documentId>.json`, taken with a conditional write (S3 If-None-Match: *, then If-Match on its ETag
 * to renew, hand over or release), lets one ingest at a time work on a document; the other waits for it
 * and then decides on what it left.
 *
 * The lease also carries the fact keys its holder may have written (saved before they are written), so
 * the next holder empties every partition a crashed holder left behind: the function may not delete.
 * Leases expire, so a holder killed mid-way (timeout, kill -9) never blocks the document for long, and the
 * redelivery of the holder's own message (same owner: message id and key) takes it back at once.
 */
import { z } from 'zod';
import { isObjectNotFound } from '../lib/errors.ts';
import type { DocumentStore } from '../lib/store.ts';

export const LOCKS_PREFIX = 'locks/';

const LeaseSchema = z.object({
  documentId: z.string(),
  owner: z.string(),
  state: z.enum(['held', 'released']),
  expiresAt: z.iso.datetime(),
  /** Fact keys written (or about to be) for this document: the union over its holders. */
  factKeys: z.array(z.string()),
});
export type LeaseRecord = z.infer<typeof LeaseSchema>;

export function lockKey(documentId: string): string {
  return `${LOCKS_PREFIX}${documentId}.json`;
}

/** Another ingest holds the document: a retryable failure (the message comes back later). */
export class DocumentBusyError extends Error {
  override name = 'DocumentBusyError';
  readonly code = 'DOCUMENT_BUSY';
}

export interface Lease {
  /** Fact keys earlier holders recorded (to be emptied when this holder does not write them). */
  readonly previousFactKeys: string[];
  /** Record the fact keys about to be written (before writing them). Throws DocumentBusyError if lost. */
  intend(factKeys: string[]): Promise<void>;
  /** Hand the document back; `factKeys` are the ones now current. */
  release(factKeys: string[]): Promise<void>;
}

export interface LeaseOptions {
  now: () => Date;
  /** How long a lease lasts without renewal (longer than one ingest). */
  ttlMs?: number;
  /** How long to wait for another holder before giving up with DocumentBusyError. */
  waitMs?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_TTL_MS = 15 * 60 * 1000;

async function readLease(
  store: DocumentStore,
  key: string,
): Promise<{ lease: LeaseRecord | null; etag: string } | null> {
  let object: Awaited<ReturnType<DocumentStore['getObject']>>;
  try {
    object = await store.getObject(key);
  } catch (error) {
    if (isObjectNotFound(error)) return null;
    throw error;
  }
  const etag = object.etag ?? (await store.head(key))?.etag;
  if (!etag) return null;
  let lease: LeaseRecord | null = null;
  try {
    const parsed = LeaseSchema.safeParse(JSON.parse(new TextDecoder().decode(object.bytes)));
    lease = parsed.success ? parsed.data : null;
  } catch {
    lease = null;
  }
  return { lease, etag };
}

export async function acquireLease(
  store: DocumentStore,
  documentId: string,
  owner: string,
  options: LeaseOptions,
): Promise<Lease> {
  const key = lockKey(documentId);
  const ttl = options.ttlMs ?? DEFAULT_TTL_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = options.now().getTime() + (options.waitMs ?? 60_000);
  const record = (factKeys: string[], state: LeaseRecord['state'] = 'held'): string =>
    `${JSON.stringify({
      documentId,
      owner,
      state,
      expiresAt: new Date(options.now().getTime() + (state === 'held' ? ttl : 0)).toISOString(),
      factKeys,
    } satisfies LeaseRecord)}\n`;

  for (;;) {
    let taken: { etag: string; inherited: string[] } | null = null;
    const created = await store.putConditional(key, record([]), { ifAbsent: true });
    if (created !== null) {
      taken = { etag: created, inherited: [] };
    } else {
      const current = await readLease(store, key);
      if (current) {
        // The same message delivered again (its earlier attempt died): it takes its own lease back.
        const free =
          current.lease === null ||
          current.lease.owner === owner ||
          current.lease.state === 'released' ||
          Date.parse(current.lease.expiresAt) <= options.now().getTime();
        const inherited = current.lease?.factKeys ?? [];
        const etag = free
          ? await store.putConditional(key, record(inherited), { ifMatch: current.etag })
          : null;
        if (etag !== null) taken = { etag, inherited };
      }
    }
    if (taken !== null) {
      const { inherited } = taken;
      let etag = taken.etag;
      const write = async (factKeys: string[], state: LeaseRecord['state']): Promise<void> => {
        const next = await store.putConditional(key, record(factKeys, state), { ifMatch: etag });
        if (next === null)
          throw new DocumentBusyError(`the lease on ${documentId} was taken over (it expired)`);
        etag = next;
      };
      return {
        previousFactKeys: inherited,
        intend: (factKeys) => write([...new Set([...inherited, ...factKeys])].sort(), 'held'),
        release: (factKeys) => write([...new Set(factKeys)].sort(), 'released'),
      };
    }
    if (options.now().getTime() >= deadline) {
      throw new DocumentBusyError(`${documentId} is being processed by another upload; retried later`);
    }
    await sleep(options.pollMs ?? 250);
  }
}
