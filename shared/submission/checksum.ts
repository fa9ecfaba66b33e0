/**
 * The payload's one text form and its SHA-256. Keys are sorted at every level, so the same
 * data gives the same text (and checksum) whichever order its objects were built in.
 * shared/ has neither DOM nor Node types: Web Crypto and TextEncoder are reached through
 * globalThis, where browsers, workers and Node 20 all have them.
 */

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}

interface WebCrypto {
  subtle: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
}
type Encoder = new () => { encode(text: string): Uint8Array };

/** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
export async function sha256Hex(text: string): Promise<string> {
  const env = globalThis as unknown as { crypto?: WebCrypto; TextEncoder?: Encoder };
  if (!env.crypto?.subtle || !env.TextEncoder) throw new Error('Web Crypto (crypto.subtle) is not available here');
  const digest = await env.crypto.subtle.digest('SHA-256', new env.TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
