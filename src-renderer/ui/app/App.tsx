/** The workbench window: toolbar, library | reader | inspector, status bar. */
import { ProgressPanel } from '../common/ProgressPanel';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { isLocale, pickLocale, type Locale } from '../../core/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { useSettings } from '../../storage/settings-repo';
import { getHost } from '../../host';
import { I18nProvider, useT } from './i18n';
import { StatusBar } from './StatusBar';
import { useWorkbench, WorkbenchStateProvider } from './workbench-state';
import { PaneErrorBoundary } from '../common/ErrorBoundary';
import { dispatchCommand, useCommand } from './commands';
import { ToastProvider } from '../common/toasts';
import { LibraryPane } from '../library/LibraryPane';
import { ReaderPane } from '../reader/ReaderPane';
import { InspectorPane } from '../inspector/InspectorPane';
import { SettingsDialog } from '../settings/SettingsDialog';
import { useGlobalShortcuts } from './shortcuts';
import { ImportController } from '../import/ImportController';
import { ExportController } from '../export/ExportController';
import { BackupController } from '../backup/BackupController';
import { WorkspaceGate } from '../backup/WorkspaceGate';
import { WorkspaceMenu } from '../backup/WorkspaceMenu';
import { useView } from './view';
import { ShortcutsDialog } from './ShortcutsDialog';
import { AnalysisHost } from '../analysis/AnalysisHost';
import { FlagsOverlay } from '../flags/FlagsOverlay';
import { useUnloadWarning } from './unload-warning';
import { BrokenArticleActions } from '../library/broken-article';

/** The source library (and its CSL and URL-list exchange) loads when it is first shown. */
const SourcesView = lazy(() => import('../sources/SourcesView').then((m) => ({ default: m.SourcesView })));

function resolveLocale(setting: Settings['uiLocale']): Locale {
  if (setting !== 'system' && isLocale(setting)) return setting;
  return pickLocale(navigator.languages);
}

function useTheme(theme: Settings['theme']): void {
  useEffect(() => {
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
  useEffect(() => {
    document.documentElement.lang = locale;
    getHost().setLocale(locale);
  }, [locale]);
  useEffect(() => getHost().onMenuCommand((command) => dispatchCommand(command)), []);

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
  const { articleId } = useWorkbench();
  useCommand('settings', () => setSettingsOpen(true));
  useGlobalShortcuts();
  useUnloadWarning();
  const title = useMemo(() => t('app.title'), [t]);
  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <div className="workbench" data-loaded={loaded ? 'true' : 'false'}>
      <header className="toolbar" role="toolbar" aria-label={t('shell.toolbar')}>
        <span className="app-name">{title}</span>
        <button type="button" onClick={() => dispatchCommand('import-article')}>
          {t('shell.importArticle')}
        </button>
        <button type="button" onClick={() => dispatchCommand('paste-article')}>
          {t('shell.pasteArticle')}
        </button>
        <span className="toolbar-spacer" />
        <button type="button" id="toolbar-sources" aria-pressed={view === 'sources'} onClick={() => setView(view === 'sources' ? 'article' : 'sources')}>
          {t('shell.sources')}
        </button>
        <button type="button" onClick={() => dispatchCommand('export-report')}>
          {t('shell.exportReport')}
        </button>
        <WorkspaceMenu />
        <button type="button" onClick={() => setSettingsOpen(true)}>
          {t('shell.settings')}
        </button>
      </header>
      <div className="panes">
        <PaneErrorBoundary name={t('library.region')} frame={(c) => <nav className="pane library-pane" aria-label={t('library.region')}>{c}</nav>}>
          <LibraryPane />
        </PaneErrorBoundary>
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
        <PaneErrorBoundary name={t('inspector.region')} resetKey={articleId} frame={(c) => <aside className="pane inspector-pane" aria-label={t('inspector.region')}>{c}</aside>}>
          <InspectorPane />
        </PaneErrorBoundary>
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
