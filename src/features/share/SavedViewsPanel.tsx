import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { useSavedViews } from '../../stores/saved-views';

/** Name the current view to come back to it; each saved view is a link, kept in this browser only. */
export function SavedViewsPanel({ url }: { url: string }) {
  const { views, save, remove } = useSavedViews();
  const [name, setName] = useState('');
  const inputId = useId();
  return (
    <section className="saved-views" aria-label="Saved views">
      <h3>Saved views</h3>
      <form
        className="saved-views__form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!name.trim()) return;
          save(name, url);
          setName('');
        }}
      >
        <label htmlFor={inputId} className="visually-hidden">
          Name this view
        </label>
        <input id={inputId} className="input" placeholder="Name this view…" value={name} onChange={(event) => setName(event.target.value)} maxLength={80} />
        <button type="submit" className="button" disabled={!name.trim()}>
          Save view
        </button>
      </form>
      {views.length === 0 ? (
        <p className="muted">No saved views yet. They stay in this browser; share their links to pass them on.</p>
      ) : (
        <ul className="saved-views__list">
          {views.map((view) => (
            <li key={view.id}>
              <Link to={view.url}>{view.name}</Link>
              <span className="muted"> saved {view.savedAt.slice(0, 10)}</span>
              <button type="button" className="link-button" aria-label={`Delete saved view ${view.name}`} onClick={() => remove(view.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
