/**
 * The look-alike warning of a checked address ("Look-alike site name:
 * ɑpple.com … looks like apple.com, but it is another site"), the same
 * wherever a host is shown: source rows, evidence rows, the article's source
 * link, address fields, the source picker.
 */
import type { UrlCheck } from '../../core/sources/url';
import { describeUrlWarning } from '../../core/sources/messages';
import { useT } from '../app/i18n';

export function LookalikeWarning({ checked }: { checked: UrlCheck | null | undefined }) {
  const t = useT();
  if (!checked?.ok || !checked.warning) return null;
  return (
    <span className="link-warning" role="note">
      <span aria-hidden="true">⚠ </span>
      {describeUrlWarning(t, checked.warning, checked.host)}
    </span>
  );
}
