/** Record ids: random UUIDs (crypto.randomUUID exists in browsers, workers and Node 20). */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
