import { useState } from 'react';
import { downloadBlob, fileDate } from '../../lib/download';
import './export.css';

export type ExportFormat = 'csv' | 'json';

interface ExportMenuProps {
  /** Every matching article, not just the page on screen. */
  count: number;
  /** The file's text for a format: built here on a small dataset, by the worker on a large one. */
  makeFile: (format: ExportFormat, exportedAt: Date) => string | Promise<string>;
}

const MIME: Record<ExportFormat, string> = { csv: 'text/csv;charset=utf-8', json: 'application/json' };

/** Downloads the current result as CSV or JSON, with the filters and dataset version recorded in the file. */
export function ExportMenu({ count, makeFile }: ExportMenuProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (count === 0) return null;

  const handleExport = async (format: ExportFormat) => {
    if (busy) return;
    const now = new Date();
    setBusy(format);
    setError(null);
    try {
      const text = await makeFile(format, now);
      downloadBlob(new Blob([text], { type: MIME[format] }), `steel-radar-${fileDate(now)}-${count}-articles.${format}`);
    } catch (cause) {
      setError(`The ${format.toUpperCase()} could not be made: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setBusy(null);
    }
  };

  const noun = `${count.toLocaleString('en-US')} article${count === 1 ? '' : 's'}`;
  return (
    <div className="export-menu" role="group" aria-label={`Export the ${noun}`}>
      <span className="export-menu__label">Export {noun}:</span>
      {(['csv', 'json'] as const).map((format) => (
        // aria-disabled, not disabled: a disabled button drops the keyboard focus it has while the file is made.
        <button key={format} type="button" className="button" aria-disabled={busy !== null} onClick={() => void handleExport(format)}>
          {busy === format ? `Preparing ${format.toUpperCase()}…` : `Download ${format.toUpperCase()}`}
        </button>
      ))}
      {error && (
        <p className="export-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
