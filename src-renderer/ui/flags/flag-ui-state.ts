/**
 * What the flags feature shows across panes: the flag the editor last
 * jumped to (emphasised in the reader) and the popover opened on a
 * suggestion or flag highlight. A tiny external store, so the reader layer
 * and the Flags panel agree without a provider.
 */
import { useSyncExternalStore } from 'react';

export interface PopoverTarget {
  readonly articleId: string;
  readonly kind: 'suggestion' | 'flag';
  /** The highlight's id in its layer (see reader-layer.ts). */
  readonly id: string;
}

export interface FlagUiState {
  /** Fingerprint of the flag last jumped to. */
  readonly activeFlag: string | null;
  readonly popover: PopoverTarget | null;
}

let state: FlagUiState = { activeFlag: null, popover: null };
const listeners = new Set<() => void>();

function set(next: Partial<FlagUiState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

export const setActiveFlag = (fingerprint: string | null): void => set({ activeFlag: fingerprint });
export const openPopover = (target: PopoverTarget): void => set({ popover: target });
export const closePopover = (): void => set({ popover: null });

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useFlagUiState(): FlagUiState {
  return useSyncExternalStore(subscribe, () => state);
}
