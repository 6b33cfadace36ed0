/**
 * What the entry may run before the app's code has arrived: the first look
 * at the workspace's database (storage/early-look.ts). That module imports
 * nothing, so neither does this one beyond it: the entry must stay tiny.
 */
export { lookEarly as lookAtWorkspaceEarly } from '../../storage/early-look';
