/** One inserted or deleted part of a word diff, as the revision comparison and the stale-claim notice show it. */
import type { DiffPart } from '../../core/model';

/**
 * Screen readers do not announce <ins> and <del>, so the change is also said
 * in words, hidden: "[inserted: …]".
 */
export function DiffMark({ part, inserted, deleted }: { part: DiffPart; inserted: string; deleted: string }) {
  const Mark = part.added ? 'ins' : 'del';
  return (
    <Mark>
      <span className="visually-hidden">{`[${part.added ? inserted : deleted}: `}</span>
      {part.value}
      <span className="visually-hidden">]</span>
    </Mark>
  );
}
