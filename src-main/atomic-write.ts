/**
 * Writing a file so that it is either entirely the new content or still
 * entirely the old one: the data goes to a temporary file beside the target,
 * which then replaces it in one rename. A full disk or a crash mid-write
 * leaves the editor's previous export or backup untouched, and no partial
 * file behind. No Electron here, so it is unit-tested.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';

export interface FileOps {
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

const nodeOps: FileOps = { writeFile: (p, d) => writeFile(p, d), rename, unlink };

export async function writeFileAtomic(target: string, data: string | Uint8Array, ops: FileOps = nodeOps): Promise<void> {
  const temp = `${target}.${randomBytes(4).toString('hex')}.partial`;
  try {
    await ops.writeFile(temp, data);
    await ops.rename(temp, target);
  } catch (error) {
    await ops.unlink(temp).catch(() => undefined);
    throw error;
  }
}
