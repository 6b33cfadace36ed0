/** Opening an article also brings the reader back if the source library fills the centre pane. */
import { useCallback } from 'react';
import { useView } from '../app/view';
import { useWorkbench } from '../app/workbench-state';

export function useShowArticle(): (articleId: string) => void {
  const { openArticle } = useWorkbench();
  const { setView } = useView();
  return useCallback(
    (articleId: string) => {
      openArticle(articleId);
      setView('article');
    },
    [openArticle, setView],
  );
}
