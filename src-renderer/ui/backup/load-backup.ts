/**
 * The backup machinery (storage/backup: making, checking and restoring
 * backups, with the format's schemas) loads when a backup or a restore
 * starts, not with the window: most sessions never use it.
 */
export const loadBackup = () => import('../../storage/backup');
