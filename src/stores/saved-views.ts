import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/** A saved view is just a named link: path plus query string, so it can be shared like any other. */
export interface SavedView {
  id: string;
  name: string;
  url: string;
  savedAt: string;
}

interface SavedViews {
  views: SavedView[];
  save: (name: string, url: string) => void;
  remove: (id: string) => void;
}

export const useSavedViews = create<SavedViews>()(
  persist(
    (set) => ({
      views: [],
      save: (name, url) =>
        set((state) => ({
          views: [
            { id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`, name: name.trim(), url, savedAt: new Date().toISOString() },
            ...state.views.filter((view) => view.name !== name.trim()),
          ],
        })),
      remove: (id) => set((state) => ({ views: state.views.filter((view) => view.id !== id) })),
    }),
    { name: 'steel-radar:saved-views', version: 1 },
  ),
);
