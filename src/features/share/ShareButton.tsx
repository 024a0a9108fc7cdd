import { useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { DATASET_URL } from '../../dataset/dataset-source';
import { useDatasetQuery } from '../../dataset/index-query';
import type { Dataset } from '../../domain/schema';
import { parseExploreUrl } from '../../url-state/explore-url';
import { ShareDialog } from './ShareDialog';

interface ShareTarget {
  dataset: Pick<Dataset, 'generatedAt' | 'datasetVersion'>;
  /** The data's span, to pin an open date range; null where the page does not know it. */
  monthRange: [number, number] | null;
}

/** Opens the share dialog for the page and filters in the address bar. */
function ShareTrigger({ target }: { target: ShareTarget | null }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  if (!target) return null;
  return (
    <>
      <button ref={button} type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label="Share this view">
        Share
      </button>
      {open && (
        <ShareDialog
          state={parseExploreUrl(location.search).state}
          dataset={target.dataset}
          monthRange={target.monthRange}
          pathname={location.pathname}
          onClose={() => {
            setOpen(false);
            // Keyboard users continue where they opened the dialog.
            button.current?.focus();
          }}
        />
      )}
    </>
  );
}

/** The dataset's envelope and span, as the worker read them. */
export function ShareButton() {
  const { data } = useDatasetQuery(DATASET_URL);
  return <ShareTrigger target={data ? { dataset: data.envelope, monthRange: data.monthRange } : null} />;
}
