/**
 * Runs the open article's live analysis once for the whole window and
 * publishes it to the store, where the reader's layers and the Flags region
 * read it: one analysis request per change, however many panes show it.
 */
import { useEffect } from 'react';
import { publishAnalysis } from '../app/store';
import { useWorkbench } from '../app/workbench-state';
import { useLiveAnalysis } from './use-analysis';

export function AnalysisHost() {
  const { articleId } = useWorkbench();
  const state = useLiveAnalysis(articleId);
  useEffect(() => publishAnalysis(articleId, state), [articleId, state]);
  return null;
}
