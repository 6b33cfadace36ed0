/** The options of a select over a fixed list of codes, each named by its catalogue message. */
import type { MessageKey } from '../../core/i18n';
import { useT } from '../app/i18n';

export function MessageOptions<T extends string>({ values, labels }: { values: readonly T[]; labels: Readonly<Record<T, MessageKey>> }) {
  const t = useT();
  return (
    <>
      {values.map((v) => (
        <option key={v} value={v}>
          {t(labels[v])}
        </option>
      ))}
    </>
  );
}
