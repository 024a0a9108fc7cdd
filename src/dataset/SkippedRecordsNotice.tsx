import type { SkippedRecord } from '../domain/parse-dataset';

/** Says how many records failed validation and why, without hiding the valid ones. */
export function SkippedRecordsNotice({ skipped }: { skipped: SkippedRecord[] }) {
  if (skipped.length === 0) return null;
  return (
    <details className="notice notice--warning" role="status">
      <summary>
        {skipped.length} record{skipped.length === 1 ? '' : 's'} skipped: they do not match the dataset format.
      </summary>
      <ul>
        {skipped.map((record) => (
          <li key={record.index}>
            Record {record.index + 1}
            {record.id ? ` (${record.id})` : ''}: {record.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
