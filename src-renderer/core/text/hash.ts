/**
 * A fast, stable, non-cryptographic string hash (64-bit FNV-1a over UTF-16
 * code units, as two 32-bit halves), returned as 16 hex digits.
 *
 * Used for fingerprints, passage-index keys and "same text" checks: stable
 * across runs, platforms and processes (renderer, worker, Node CLI), which is
 * what dismissals keyed on fingerprints need. Not for security.
 */
export function hashString(s: string): string {
  // Two independent 32-bit FNV-1a lanes with different offsets give 64 bits
  // cheaply without BigInt.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 ^= c;
    h1 = Math.imul(h1, 0x01000193);
    h2 ^= c;
    h2 = Math.imul(h2, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
