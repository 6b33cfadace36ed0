/**
 * What a pane shows when it cannot render: its name, the error in words the
 * editor can act on (`describeError`), and Retry — instead of blanking the
 * whole window. A failed live query (Dexie's `useLiveQuery` and the claims
 * query throw their errors during render) lands here, in the pane that
 * needed it. Retry remounts the pane's content, which queries again.
 */
import { Component, useId, type ReactNode } from 'react';
import { useI18n } from '../app/i18n';
import { describeError } from './errors';

export interface PaneErrorBoundaryProps {
  /** The pane's name, as its region is named ("Library", "Claims"). */
  readonly name: string;
  readonly children: ReactNode;
  /** Also resets the boundary when this changes (e.g. another article opened). */
  readonly resetKey?: unknown;
  /** Extra actions offered beside Retry (e.g. "Delete this article"). */
  readonly actions?: (error: unknown) => ReactNode;
  /** Puts the message where the pane was (its landmark, so the layout and the region's name stay). */
  readonly frame?: (content: ReactNode) => ReactNode;
}

interface State {
  readonly error: unknown;
  readonly failed: boolean;
  readonly resetKey: unknown;
}

interface BoundaryProps {
  /** Logged with the error. */
  readonly name: string;
  readonly children: ReactNode;
  /** Also resets the boundary when this changes. */
  readonly resetKey?: unknown;
  /** What stands in for the children after an error; `retry` renders them again. */
  readonly render: (error: unknown, retry: () => void) => ReactNode;
}

/** The one error boundary under the pane, record and background ones: catches a render's error and renders `render(error, retry)` instead. */
export class Boundary extends Component<BoundaryProps, State> {
  override state: State = { error: undefined, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: undefined, failed: false, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    console.error(`${this.props.name}:`, error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return this.props.render(this.state.error, () => this.setState({ error: undefined, failed: false }));
  }
}

export function PaneErrorBoundary(props: PaneErrorBoundaryProps) {
  const frame = props.frame ?? ((content: ReactNode) => content);
  return <Boundary {...props} render={(error, retry) => frame(<PaneError name={props.name} error={error} retry={retry} actions={props.actions} />)} />;
}

function PaneError({ name, error, retry, actions }: { name: string; error: unknown; retry: () => void; actions: PaneErrorBoundaryProps['actions'] }) {
  const { t } = useI18n();
  return (
    <div className="pane-error" role="alert">
      <p>{t('shell.paneFailed', { pane: name, detail: describeError(error, t) })}</p>
      <div className="pane-error-actions">
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
        {actions?.(error)}
      </div>
    </div>
  );
}

export interface RecordErrorBoundaryProps {
  readonly children: ReactNode;
  /** Also resets the boundary when this changes (e.g. the record was edited). */
  readonly resetKey?: unknown;
  /** Logged with the error, e.g. "Library item a1b2". */
  readonly name: string;
  /** What the editor reads: "This article could not be opened: {detail}". */
  readonly message: (detail: string) => string;
  readonly onDelete: () => void;
  readonly onExportRaw: () => void;
  /** Puts the message where the record was (its <li>, its row), so the list keeps its shape. */
  readonly frame: (content: ReactNode) => ReactNode;
}

/**
 * What one record of a list (a library item, a source row) shows when it
 * cannot render: the error in words, [Delete] and [Export raw] — the rest of
 * the list, and the app, go on. Retry is not offered: the record does not
 * change by itself, and the boundary resets when it does (`resetKey`).
 */
export function RecordErrorBoundary(props: RecordErrorBoundaryProps) {
  return <Boundary {...props} render={(error) => props.frame(<RecordError {...props} error={error} />)} />;
}

function RecordError({ message, error, onDelete, onExportRaw }: RecordErrorBoundaryProps & { error: unknown }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="record-error" role="alert">
      <p id={id} className="record-error-message">
        <span aria-hidden="true">⚠ </span>
        {message(describeError(error, t))}
      </p>
      <div className="record-error-actions">
        <button type="button" className="small-button danger" aria-describedby={id} onClick={onDelete}>
          {t('common.delete')}
        </button>
        <button type="button" className="small-button" aria-describedby={id} onClick={onExportRaw}>
          {t('shell.exportRaw')}
        </button>
      </div>
    </div>
  );
}
