/**
 * The one store for UI state shared between panes (zustand): which view
 * fills the centre pane, what the reader is asked to show, the reader's registration (its selection), the
 * flag and popover the editor is looking at, the commands features handle,
 * the undo history's summary, the open article's analysis and the library's
 * flag counts. Panes read it with `useWorkbenchStore(selector)` and change it
 * through the actions below — no module singletons, window events or DOM
 * polling between them.
 *
 * (The save status is the same mechanism one layer down: a zustand store in
 * storage/save-status.ts.)
 */
import { create } from 'zustand';
import type { ClaimTarget, Revision } from '../../core/model';
import type { AnalysisState } from '../analysis/analysis-state';

/** A request to the reader: show a claim, or a span, and maybe focus its highlight. */
export type RevealRequest =
  | { readonly kind: 'claim'; readonly claimId: string; readonly focus: boolean }
  | { readonly kind: 'span'; readonly start: number; readonly end: number; readonly focusKey?: string; readonly focus: boolean };

/** What the reader lets other panes ask of it while it shows an article. */
export interface ReaderApi {
  readonly articleId: string;
  readonly revision: Revision;
  /** The raw selection in the article as offsets into `revision.text`, or null. */
  readOffsets(): { start: number; end: number } | null;
  /** Drops the remembered selection once it has been used. */
  forgetSelection(): void;
}

export interface PopoverTarget {
  readonly articleId: string;
  readonly kind: 'suggestion' | 'flag';
  /** The highlight's id in its layer (see ui/flags/reader-layer.ts). */
  readonly id: string;
}

export interface UndoSummary {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel?: string;
  readonly redoLabel?: string;
}

export type Handler = () => void;

/** Which view fills the centre pane: the open article, or the source library. */
export type CentreView = 'article' | 'sources';

export interface WorkbenchState {
  readonly centreView: CentreView;
  /** The reader's current request; it acts on it once the target is rendered, then clears it. */
  readonly pendingReveal: (RevealRequest & { readonly seq: number }) | null;
  readonly reader: ReaderApi | null;
  /** The article whose first screen the reader has rendered (the analysis waits for it: see AnalysisHost). */
  readonly shownArticle: string | null;
  /** Fingerprint of the flag last jumped to (emphasised in the reader). */
  readonly activeFlag: string | null;
  /** The suggestion last gone to from the Suggestions list (drawn in the text even when suggestions are not shown there). */
  readonly activeSuggestion: { readonly articleId: string; readonly id: string } | null;
  readonly popover: PopoverTarget | null;
  /** Handlers of the named commands (menu, shortcuts, buttons), by command. */
  readonly handlers: ReadonlyMap<string, ReadonlySet<Handler>>;
  readonly undo: UndoSummary;
  /** The analysis of the open article (see ui/analysis/AnalysisHost). */
  readonly analysis: { readonly articleId: string | undefined; readonly state: AnalysisState };
  /** Open flags per article, for the library. */
  readonly openCounts: ReadonlyMap<string, number>;
  /** The reader's focus view: everything but claims and open flags dimmed. */
  readonly focusView: boolean;
}

const initial: WorkbenchState = {
  centreView: 'article',
  pendingReveal: null,
  reader: null,
  shownArticle: null,
  activeFlag: null,
  activeSuggestion: null,
  popover: null,
  handlers: new Map(),
  undo: { canUndo: false, canRedo: false },
  analysis: { articleId: undefined, state: { status: 'idle' } },
  openCounts: new Map(),
  focusView: false,
};

export const useWorkbenchStore = create<WorkbenchState>()(() => initial);

const set = useWorkbenchStore.setState;
const get = useWorkbenchStore.getState;
let revealSeq = 0;

// ---- The centre pane ----

export const setCentreView = (view: CentreView): void => set({ centreView: view });

// ---- The reader ----

/** Asks the reader to show a claim or a span; the newest request replaces an older one. */
export function requestReveal(request: RevealRequest): void {
  set({ pendingReveal: { ...request, seq: ++revealSeq } });
}

/** Shows a claim in the reader (no-op when no article is shown); `focus` moves keyboard focus to it. */
export function revealClaim(claimId: string, focus: boolean): void {
  requestReveal({ kind: 'claim', claimId, focus });
}

/** The reader marks a request done (only if no newer one came meanwhile). */
export function consumeReveal(seq: number): void {
  if (get().pendingReveal?.seq === seq) set({ pendingReveal: null });
}

/** How long work that waits for the reader's first screen (the analysis, the session write) waits before going ahead anyway. */
export const READER_FIRST_MS = 1000;

/** The reader rendered the first screen of `articleId`. */
export function markArticleShown(articleId: string): void {
  if (get().shownArticle !== articleId) set({ shownArticle: articleId });
}

/**
 * Runs `run` once the reader has rendered the first screen of `articleId`,
 * or after `maxMs` if it does not (another pane shows the article, or it
 * fails to open), whichever comes first; at once if it is shown already.
 */
export function afterArticleShown(articleId: string, run: () => void, maxMs: number): void {
  if (get().shownArticle === articleId) {
    run();
    return;
  }
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    unsubscribe();
    run();
  };
  const timer = setTimeout(finish, maxMs);
  const unsubscribe = useWorkbenchStore.subscribe((st) => {
    if (st.shownArticle === articleId) finish();
  });
}

/** Registers the reader; returns the function that unregisters it. */
export function registerReader(api: ReaderApi): () => void {
  set({ reader: api });
  return () => {
    if (get().reader === api) set({ reader: null });
  };
}

export type SelectedSpan =
  | { readonly ok: true; readonly articleId: string; readonly revisionId: string; readonly start: number; readonly end: number; readonly target: ClaimTarget }
  | { readonly ok: false; readonly reason: 'no-article' | 'no-selection' | 'no-words' };

/** Turns the reader's focus view on or off. */
export const toggleFocusView = (): void => set({ focusView: !get().focusView });

// ---- Flags ----

export const setActiveFlag = (fingerprint: string | null): void => set({ activeFlag: fingerprint });
export const setActiveSuggestion = (target: WorkbenchState['activeSuggestion']): void => set({ activeSuggestion: target });
export const openPopover = (target: PopoverTarget): void => set({ popover: target });
export const closePopover = (): void => set({ popover: null });

// ---- Commands ----

/** Adds a command handler; returns the function that removes it. */
export function addCommandHandler(command: string, handler: Handler): () => void {
  const next = new Map(get().handlers);
  next.set(command, new Set([...(next.get(command) ?? []), handler]));
  set({ handlers: next });
  return () => {
    const now = new Map(get().handlers);
    const list = new Set(now.get(command));
    list.delete(handler);
    if (list.size) now.set(command, list);
    else now.delete(command);
    set({ handlers: now });
  };
}

/** Runs the handlers of `command`; false when nothing handles it. */
export function runCommand(command: string): boolean {
  const list = get().handlers.get(command);
  if (!list || list.size === 0) return false;
  for (const h of list) h();
  return true;
}

// ---- Undo, analysis, counts ----

export const publishUndo = (undo: UndoSummary): void => set({ undo });

export function publishAnalysis(articleId: string | undefined, state: AnalysisState): void {
  const current = get().analysis;
  if (current.articleId === articleId && current.state === state) return;
  set({ analysis: { articleId, state } });
}

/** Records an article's number of open flags. */
export function publishOpenCount(articleId: string, n: number): void {
  const counts = get().openCounts;
  if (counts.get(articleId) === n) return;
  const next = new Map(counts);
  next.set(articleId, n);
  set({ openCounts: next });
}

/** For tests: back to the initial state. */
export function resetWorkbenchStore(): void {
  set(initial, true);
}
