/**
 * What a pane shows when it cannot render: its name, the error in words the
 * editor can act on (`describeError`), and Retry — instead of blanking the
 * whole window. A failed live query (Dexie's `useLiveQuery` and the claims
 * query throw their errors during render) lands here, in the pane that
 * needed it. Retry remounts the pane's content, which queries again.
 */
import { Component, type ReactNode } from 'react';
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

class Boundary extends Component<PaneErrorBoundaryProps & { readonly render: (error: unknown, retry: () => void) => ReactNode }, State> {
  override state: State = { error: undefined, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: PaneErrorBoundaryProps, state: State): Partial<State> | null {
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
