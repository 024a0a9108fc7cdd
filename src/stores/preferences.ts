import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ColorScheme = 'light' | 'dark';

interface Preferences {
  /** null follows the operating system. A preference never changes what a shared link shows. */
  colorScheme: ColorScheme | null;
  setColorScheme: (scheme: ColorScheme | null) => void;
}

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      colorScheme: null,
      setColorScheme: (colorScheme) => set({ colorScheme }),
    }),
    { name: 'steel-radar:preferences', version: 1 },
  ),
);
