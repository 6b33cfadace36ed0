/**
 * Runs the open article's live analysis once for the whole window and
 * publishes it to the store, where the reader's layers and the Flags region
 * read it: one analysis request per change, however many panes show it.
 *
 * An article that opens is read for the reader first: the analysis reads
 * its inputs (the text again, every claim, evidence, decisions and the
 * passage index) once the reader has rendered the first screen, or after
 * READER_FIRST_MS when the reader does not show it (the source library is
 * open, the text is being edited), so that the two reads do not queue
 * behind each other in IndexedDB while the editor waits for the text.
 *
 * The host stands outside every pane: when its inputs cannot be read (a
 * live read that fails throws during render), its own boundary publishes
 * the failure as the analysis's error, with Retry, for the panes to show,
 * instead of taking the window down.
 */
import { useEffect, useState } from 'react';
import { publishAnalysis, READER_FIRST_MS, useWorkbenchStore } from '../app/store';
import { useWorkbench } from '../app/workbench-state';
import { useT } from '../app/i18n';
import { Boundary } from '../common/ErrorBoundary';
import { describeError } from '../common/errors';
import { useLiveAnalysis } from './use-analysis';

export function AnalysisHost() {
  const { articleId } = useWorkbench();
  return (
    <Boundary name="Analysis" resetKey={articleId} render={(error, retry) => <AnalysisFailed articleId={articleId} error={error} retry={retry} />}>
      <LiveAnalysis articleId={articleId} />
    </Boundary>
  );
}

function LiveAnalysis({ articleId }: { articleId: string | undefined }) {
  const shown = useWorkbenchStore((s) => s.shownArticle);
  const [waited, setWaited] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!articleId) return;
    const timer = setTimeout(() => setWaited(articleId), READER_FIRST_MS);
    return () => clearTimeout(timer);
  }, [articleId]);
  const state = useLiveAnalysis(articleId, articleId !== undefined && (shown === articleId || waited === articleId));
  useEffect(() => publishAnalysis(articleId, state), [articleId, state]);
  return null;
}

/** Publishes an analysis whose inputs could not be read as failed, with Retry (which reads them again). */
function AnalysisFailed({ articleId, error, retry }: { articleId: string | undefined; error: unknown; retry: () => void }) {
  const t = useT();
  const detail = describeError(error, t);
  useEffect(() => publishAnalysis(articleId, { status: 'error', error: detail, retry }), [articleId, detail, retry]);
  return null;
}
