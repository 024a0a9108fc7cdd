import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../domain/schema';
import type { ExploreState } from '../../url-state/explore-url';
import { withDatasetParam } from '../../url-state/explore-url';
import type { DateMode } from './build-share-link';
import { buildShareLink } from './build-share-link';
import { copyText } from './copy-text';
import { SavedViewsPanel } from './SavedViewsPanel';
import './share.css';

interface ShareDialogProps {
  state: ExploreState;
  dataset: Pick<Dataset, 'generatedAt' | 'datasetVersion'>;
  monthRange: [number, number] | null;
  pathname: string;
  onClose: () => void;
}

const ROLLING_CHOICES = [3, 6, 12, 24];

/** Builds the link for the current view, copies it, and saves views under a name. */
export function ShareDialog({ state, dataset, monthRange, pathname, onClose }: ShareDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [mode, setMode] = useState<DateMode>({ kind: 'frozen' });
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  // A link to another dataset than the shipped one (`?dataset=`) must keep pointing at it.
  const search = withDatasetParam(buildShareLink(state, dataset, monthRange, mode), window.location.search);
  const link = `${window.location.origin}${pathname}${search}`;

  useEffect(() => {
    const element = dialog.current;
    // jsdom and old browsers lack showModal: an open non-modal dialog still shows the content.
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => element?.close?.();
  }, []);

  const copy = async () => setCopied((await copyText(link)) ? 'copied' : 'failed');

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <div className="share-dialog__header">
        <h2 id={titleId}>Share this view</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <fieldset className="share-dialog__modes">
        <legend>Dates in the link</legend>
        <label className="check">
          <input type="radio" name="date-mode" checked={mode.kind === 'frozen'} onChange={() => setMode({ kind: 'frozen' })} />
          <span className="check__label">Fixed dates — a colleague opening it next month sees the same articles</span>
        </label>
        <label className="check">
          <input type="radio" name="date-mode" checked={mode.kind === 'rolling'} onChange={() => setMode({ kind: 'rolling', months: 12 })} />
          <span className="check__label">
            Rolling — the last{' '}
            <select
              className="input"
              aria-label="Months in the rolling window"
              value={mode.kind === 'rolling' ? mode.months : 12}
              onChange={(event) => setMode({ kind: 'rolling', months: Number(event.target.value) })}
            >
              {ROLLING_CHOICES.map((months) => (
                <option key={months} value={months}>
                  {months}
                </option>
              ))}
            </select>{' '}
            months whenever it is opened
          </span>
        </label>
      </fieldset>
      <label className="share-dialog__link">
        <span>Link ({link.length} characters, made on the dataset of {dataset.generatedAt.slice(0, 10)})</span>
        <input className="input" readOnly value={link} onFocus={(event) => event.target.select()} />
      </label>
      <div className="share-dialog__actions">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy link
        </button>
        <span role="status" aria-live="polite">
          {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'Could not copy: select the link and copy it.' : ''}
        </span>
      </div>
      <SavedViewsPanel url={link.slice(window.location.origin.length)} />
    </dialog>
  );
}
