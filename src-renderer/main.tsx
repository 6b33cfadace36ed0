/**
 * The entry. It is kept tiny so that it runs as soon as the page is parsed:
 * it starts the first look at the workspace's database (ui/app/early),
 * then loads two things at once — ui/app/boot, which opens the workspace and
 * reads the settings, and ui/app/mount, the interface. Both are requested
 * with the page itself (electron.vite.config.ts lists their chunks in
 * index.html as modulepreload links), so the dynamic imports cost no extra
 * round trip; they let the database work begin while the interface's code
 * is still arriving and being evaluated, instead of after it.
 */
import { lookAtWorkspaceEarly } from './ui/app/early';
import './ui/app/design.css';
import './ui/app/styles.css';

lookAtWorkspaceEarly();

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
void import('./ui/app/boot').then(({ startWorkspace }) => startWorkspace());
void import('./ui/app/mount').then(({ mount }) => mount(root));
