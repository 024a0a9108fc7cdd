import { useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useDatasetQuery } from '../../dataset/dataset-query';
import { getExploreIndex } from '../../engine/explore-index';
import { parseExploreUrl } from '../../url-state/explore-url';
import { ShareDialog } from './ShareDialog';

/** Opens the share dialog for the page and filters in the address bar. */
export function ShareButton() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const location = useLocation();
  const { data } = useDatasetQuery();
  if (!data) return null;
  return (
    <>
      <button ref={button} type="button" className="button" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label="Share this view">
        Share
      </button>
      {open && (
        <ShareDialog
          state={parseExploreUrl(location.search).state}
          dataset={data.dataset}
          monthRange={getExploreIndex(data.dataset).monthRange}
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
