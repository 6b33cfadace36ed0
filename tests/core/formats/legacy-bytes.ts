/**
 * Encoders for legacy charsets, for tests that need bytes as old newsroom
 * systems wrote them. TextEncoder only writes UTF-8, so each encoder inverts
 * the platform's TextDecoder for that charset.
 */
const tables = new Map<string, Map<string, number[]>>();

function table(label: string): Map<string, number[]> {
  let map = tables.get(label);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(label);
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), [b]);
  for (let b = 0x80; b < 0x100; b++) {
    const c = decoder.decode(Uint8Array.of(b));
    if (c.length === 1 && c !== '\ufffd' && !map.has(c)) map.set(c, [b]);
  }
  // Double-byte charsets (Shift_JIS, EUC-KR, GBK, Big5): every lead and trail byte pair.
  if (['shift_jis', 'euc-kr', 'gbk', 'big5', 'euc-jp'].includes(label)) {
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        const c = decoder.decode(Uint8Array.of(a, b));
        if (c.length === 1 && c !== '\ufffd' && !map.has(c)) map.set(c, [a, b]);
      }
    }
  }
  tables.set(label, map);
  return map;
}

/** `text` in the charset `label` (a WHATWG label the platform decodes). Throws on a character it lacks. */
export function encodeLegacy(label: string, text: string): Uint8Array {
  const map = table(label);
  return Uint8Array.from(
    [...text].flatMap((ch) => {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${label} has no ${ch}`);
      return bytes;
    }),
  );
}

/** `text` as UTF-16 code units, without a byte-order mark. */
export function utf16NoBom(text: string, littleEndian: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(littleEndian ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return Uint8Array.from(out);
}
