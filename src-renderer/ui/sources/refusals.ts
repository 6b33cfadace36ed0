/** What the editor reads when the library refuses a source or a link. */
import type { Translate } from '../../core/i18n';
import { describeUrlError } from '../../core/sources/messages';
import type { EvidenceRefusal } from '../../storage/evidence-repo';

/** The message for a refused write, in the interface language. */
export function describeRefusal(t: Translate, refusal: EvidenceRefusal): string {
  switch (refusal.reason) {
    case 'invalid-url':
      return refusal.field === 'url'
        ? describeUrlError(t, refusal.refused)
        : t('sourcesUi.archiveUrlRefused', { reason: describeUrlError(t, refusal.refused) });
    case 'no-title-or-url':
      return t('sourcesUi.needTitleOrUrl');
    case 'duplicate-url':
      return refusal.existing ? t('sourcesUi.duplicateUrlNamed', { title: refusal.existing.title }) : t('sourcesUi.duplicateUrl');
    case 'already-linked':
      return t('sourcesUi.alreadyLinked');
    case 'missing':
    case 'source-missing':
      return t('sourcesUi.sourceMissing');
    case 'claim-missing':
      return t('sourcesUi.claimMissing');
    default: {
      const never: never = refusal;
      return String(never);
    }
  }
}
