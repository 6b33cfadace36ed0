import type { FlagKind } from './model';

/**
 * Every kind of flag, in the order the flags list groups them: what changes
 * the text first, then sourcing, then wording. Its own module so that the
 * interface can list the kinds without loading the record schemas (./schema/records).
 */
export const FLAG_KINDS: readonly FlagKind[] = [
  'duplicate-passage',
  'near-duplicate',
  'cross-article-duplicate',
  'unsourced-claim',
  'unsourced-passage',
  'vague-attribution',
  'unconfirmed-report',
  'unattributed-quote',
];
