import type { ReactNode } from 'react';

interface PanelStateProps {
  kind: 'loading' | 'error' | 'empty';
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}

/** The one place that decides how loading, error and empty look. */
export function PanelState({ kind, title, children, action }: PanelStateProps) {
  return (
    <div className={`panel-state panel-state--${kind}`} role={kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {kind === 'loading' && <span className="spinner" aria-hidden="true" />}
      <p className="panel-state__title">{title}</p>
      {children && <div className="panel-state__body">{children}</div>}
      {action && <div className="panel-state__action">{action}</div>}
    </div>
  );
}
