/**
 * The reader shows an article's title once: when the text opens with a
 * heading that is the title (a .txt whose first line is the headline, a
 * Markdown `# Title`), that heading is shown as the title instead of a
 * second copy above it.
 */
import type { Paragraph } from '../../core/model';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/** The position of an opening heading (first or second paragraph) whose words are the title, else -1. */
export function titleParagraph(paragraphs: readonly Paragraph[], text: string, title: string): number {
  const wanted = squash(title.replace(/…$/u, ''));
  if (!wanted) return -1;
  return paragraphs.slice(0, 2).findIndex((p) => p.kind === 'heading' && squash(text.slice(p.start, p.end)) === wanted);
}
