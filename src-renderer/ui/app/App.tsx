/** The workbench window: toolbar, library | reader | inspector, status bar. */
import { ProgressPanel } from '../common/ProgressPanel';
import { OverflowToolbar } from '../common/OverflowToolbar';
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { drawerKey, useDrawers } from './drawers';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { useSettings } from '../../storage/settings-repo';
import { getHost } from '../../host';
import { resolveLocale } from './locale';
import { I18nProvider, useT } from './i18n';
import { StatusBar } from './StatusBar';
import { useWorkbench, WorkbenchStateProvider } from './workbench-state';
import { PaneErrorBoundary } from '../common/ErrorBoundary';
import { dispatchCommand, useCommand } from './commands';
import { ToastProvider } from '../common/toasts';
import { LibraryPane } from '../library/LibraryPane';
import { ReaderPane } from '../reader/ReaderPane';
import { InspectorPane } from '../inspector/InspectorPane';
import { SettingsDialog } from '../settings/lazy';
import { useGlobalShortcuts } from './shortcuts';
import { ImportController } from '../import/ImportController';
import { ExportController } from '../export/ExportController';
import { BackupController } from '../backup/BackupController';
import { WorkspaceGate } from '../backup/WorkspaceGate';
import { WorkspaceMenu } from '../backup/WorkspaceMenu';
import { useView } from './view';
import { lazyDialog } from '../common/lazy-dialog';
import { AnalysisHost } from '../analysis/AnalysisHost';
import { FlagsOverlay } from '../flags/FlagsOverlay';
import { useUnloadWarning } from './unload-warning';
import { BrokenArticleActions } from '../library/broken-article';

/** The source library (and its CSL and URL-list exchange) loads when it is first shown. */
const SourcesView = lazy(() => import('../sources/SourcesView').then((m) => ({ default: m.SourcesView })));

/** The keyboard shortcuts sheet loads when first opened ("?" or the Help menu). */
const ShortcutsSheet = lazyDialog(() => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog));

function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useCommand('shortcuts', () => setOpen(true));
  return open ? <ShortcutsSheet onClose={() => setOpen(false)} /> : null;
}

/** The theme on the root element, set before the frame is painted (a layout effect), so no frame shows the other one. */
function useTheme(theme: Settings['theme']): void {
  useLayoutEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}

/** The window: the workbench once the workspace is open (WorkspaceGate refuses one from a newer app). */
export function App() {
  return (
    <WorkspaceGate>
      <WorkbenchApp />
    </WorkspaceGate>
  );
}

function WorkbenchApp() {
  const stored = useSettings();
  const settings = stored ?? DEFAULT_SETTINGS;
  const locale = resolveLocale(settings.uiLocale);
  useTheme(settings.theme);
  useLayoutEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  useEffect(() => {
    getHost().setLocale(locale);
  }, [locale]);
  useEffect(() => getHost().onMenuCommand((command) => dispatchCommand(command)), []);

  // The window waits for the settings (one read) and then for the interface
  // language's catalogue (I18nProvider) before its first frame: drawn with
  // the defaults first, it would show English to a French editor for a
  // moment. Both are usually ready by the first render: the entry starts
  // them while the interface loads (./boot.ts).
  if (stored === undefined) return null;
  return (
    <I18nProvider locale={locale}>
      <ToastProvider>
        <WorkbenchStateProvider>
          <Workbench settings={settings} loaded={stored !== undefined} />
        </WorkbenchStateProvider>
      </ToastProvider>
    </I18nProvider>
  );
}

function Workbench({ settings, loaded }: { settings: Settings; loaded: boolean }) {
  const t = useT();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { view, setView } = useView();
  const { articleId, claimId } = useWorkbench();
  const toggleSources = () => setView(view === 'sources' ? 'article' : 'sources');
  const { drawer, toggleDrawer, closeDrawer } = useDrawers(articleId, claimId);
  useCommand('settings', () => setSettingsOpen(true));
  useGlobalShortcuts();
  useUnloadWarning();
  const title = useMemo(() => t('app.title'), [t]);
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="workbench" data-loaded={loaded ? 'true' : 'false'} data-drawer={drawer ?? undefined}>
      <header className="toolbar">
        <OverflowToolbar
          label={t('shell.toolbar')}
          moreLabel={t('shell.more')}
          moreListLabel={t('shell.moreActions')}
          lead={<span className="app-name">{title}</span>}
          items={[
            {
              key: 'library',
              node: (
                <button type="button" className="drawer-toggle" aria-expanded={drawer === 'library'} aria-controls="pane-library" onClick={() => toggleDrawer('library')}>
                  {t('library.region')}
                </button>
              ),
            },
            { key: 'import', priority: 4, node: <button type="button" onClick={() => dispatchCommand('import-article')}>{t('shell.importArticle')}</button>, action: { key: 'import', label: t('shell.importArticle'), run: () => dispatchCommand('import-article') } },
            { key: 'paste', priority: 3, node: <button type="button" onClick={() => dispatchCommand('paste-article')}>{t('shell.pasteArticle')}</button>, action: { key: 'paste', label: t('shell.pasteArticle'), run: () => dispatchCommand('paste-article') } },
            {
              key: 'sources',
              end: true,
              priority: 2,
              node: (
                <button type="button" id="toolbar-sources" aria-pressed={view === 'sources'} onClick={toggleSources}>
                  {t('shell.sources')}
                </button>
              ),
              action: { key: 'sources', label: t('shell.sources'), pressed: view === 'sources', run: toggleSources },
            },
            { key: 'export', priority: 1, node: <button type="button" onClick={() => dispatchCommand('export-report')}>{t('shell.exportReport')}</button>, action: { key: 'export', label: t('shell.exportReport'), run: () => dispatchCommand('export-report') } },
            { key: 'workspace', node: <WorkspaceMenu /> },
            { key: 'settings', priority: 0, node: <button type="button" onClick={() => setSettingsOpen(true)}>{t('shell.settings')}</button>, action: { key: 'settings', label: t('shell.settings'), run: () => setSettingsOpen(true) } },
            {
              key: 'inspector',
              node: (
                <button type="button" className="drawer-toggle" aria-expanded={drawer === 'inspector'} aria-controls="pane-inspector" onClick={() => toggleDrawer('inspector')}>
                  {t('inspector.region')}
                </button>
              ),
            },
          ]}
        />
      </header>
      <div className="panes">
        <div id="pane-library" className="pane-slot" data-drawer-open={drawer === 'library'} onKeyDown={(e) => drawerKey(e, closeDrawer)}>
          <PaneErrorBoundary name={t('library.region')} frame={(c) => <nav className="pane library-pane" aria-label={t('library.region')}>{c}</nav>}>
            <LibraryPane />
          </PaneErrorBoundary>
        </div>
        {view === 'sources' ? (
          <PaneErrorBoundary name={t('shell.sources')} frame={(c) => <main className="pane sources-view" aria-label={t('shell.sources')}>{c}</main>}>
            <Suspense fallback={<p className="empty-state" aria-busy="true">{t('sourcesUi.loading')}</p>}>
              <SourcesView />
            </Suspense>
          </PaneErrorBoundary>
        ) : (
          <PaneErrorBoundary
            name={t('reader.region')}
            resetKey={articleId}
            actions={() => articleId && <BrokenArticleActions articleId={articleId} />}
            frame={(c) => <main className="pane reader-pane" aria-label={t('reader.region')}>{c}</main>}
          >
            <ReaderPane />
          </PaneErrorBoundary>
        )}
        <div id="pane-inspector" className="pane-slot" data-drawer-open={drawer === 'inspector'} onKeyDown={(e) => drawerKey(e, closeDrawer)}>
          <PaneErrorBoundary name={t('inspector.region')} resetKey={articleId} frame={(c) => <aside className="pane inspector-pane" aria-label={t('inspector.region')}>{c}</aside>}>
            <InspectorPane />
          </PaneErrorBoundary>
        </div>
      </div>
      <ProgressPanel />
      <StatusBar />
      <AnalysisHost />
      <FlagsOverlay />
      <ImportController />
      <ExportController />
      <BackupController settings={settings} />
      <ShortcutsDialog />
      {settingsOpen && <SettingsDialog settings={settings} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
