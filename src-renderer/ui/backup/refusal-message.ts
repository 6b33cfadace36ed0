import type { Translate } from '../../core/i18n';
import type { BackupRefusal } from '../../core/backup/format';

/**
 * The message for a backup that is not restored ("“f.json” was cut short…"),
 * in the interface language: storage returns the structured refusal (a code
 * and the parameters of its message), the UI puts it into words.
 */
export function describeBackupRefusal(refused: BackupRefusal, t: Translate, file: string): string {
  return t(`backup.refused_${refused.code}`, { file, ...refused.params });
}
