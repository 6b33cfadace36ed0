/** The parts of an import report: its one-line summary and its titled lists (refused lines, merged items...). */
import type { ReactNode } from 'react';

/** The summary's sentences that apply, one after the other ('' marks one that does not). */
export function summaryOf(sentences: readonly string[]): string {
  return sentences.filter((part) => part !== '').join(' ');
}

/** A titled list of report items (`<li>` elements), named by its title; nothing when there are no items. */
export function ReportList({ title, items }: { title: string; items: readonly ReactNode[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul className="problem-list">{items}</ul>
    </section>
  );
}
