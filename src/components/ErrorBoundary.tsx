import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { PanelState } from './PanelState';

interface ErrorBoundaryProps {
  /** What failed, in the user's words: "This page", "The timeline chart". */
  label: string;
  children: ReactNode;
  /** A change of any of these (the URL, the data) clears the error, so the next view gets a fresh try. */
  resetKeys?: readonly unknown[];
}

interface ErrorBoundaryState {
  error: Error | null;
  keys: readonly unknown[] | undefined;
}

const changed = (a: readonly unknown[] = [], b: readonly unknown[] = []) =>
  a.length !== b.length || a.some((value, i) => !Object.is(value, b[i]));

/**
 * Contains a rendering error to the page or chart that threw, so the rest of the dashboard stays
 * usable. Errors thrown in event handlers and async callbacks never reach a boundary: those paths
 * handle their own failures (the dataset query turns them into an error screen).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null, keys: this.props.resetKeys };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: ErrorBoundaryState): Partial<ErrorBoundaryState> | null {
    return changed(props.resetKeys, state.keys) ? { error: null, keys: props.resetKeys } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever reports the problem; the user sees the panel.
    console.warn(`${this.props.label} failed to render:`, error, info.componentStack);
  }

  private readonly retry = () => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <PanelState
        kind="error"
        title={`${this.props.label} could not be shown.`}
        action={
          <button type="button" className="button" onClick={this.retry}>
            Try again
          </button>
        }
      >
        <p>The rest of the dashboard still works. If this keeps happening, reload the page or report the address you opened.</p>
        <p className="muted">Error: {error.message}</p>
      </PanelState>
    );
  }
}
