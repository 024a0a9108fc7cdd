/**
 * Some browsers read the blob after the click handler returns, so the URL outlives it for a while
 * (FileSaver.js waits 40 s for the same reason).
 */
const REVOKE_AFTER_MS = 30_000;

/** Saves a blob as a file through a temporary `<a download>`, the one way that works without a server. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `2026-01-31` in UTC, for file names that sort by date. */
export function fileDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
