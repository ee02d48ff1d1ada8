import { Component, type ReactNode } from 'react';

interface Props {
  /** Shown above the error text; a translated sentence saying which part failed. */
  title: string;
  retryLabel: string;
  children: ReactNode;
  /** Changing it clears the error, e.g. when another request is selected. */
  resetKey?: string;
}

interface State {
  error?: Error;
  resetKey?: string;
}

/** Keeps one failing part of the panel from blanking the rest: it shows the error in place of that part only. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-boundary">
        <p>{this.props.title}</p>
        <pre>{error.message}</pre>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          {this.props.retryLabel}
        </button>
      </div>
    );
  }
}
