/**
 * The annotation actions as undoable commands. Each do, undo and redo is one
 * call to claims-repo, i.e. one transaction; undo and redo put back the
 * exact fields (including who changed the claim and when), so undoing a
 * change leaves the claim as it was before it.
 */
import type { Claim, Claimant, ClaimStatus, ClaimTarget } from '../../core/model';
import {
  approveVerdict,
  confirmVerdict,
  deleteClaim,
  draftClaim,
  restoreClaim,
  restoreClaimFields,
  updateClaim,
  type ClaimChange,
  type DeletedClaim,
  type DraftField,
  type EditableClaimFields,
  type NewClaim,
} from '../../storage/claims-repo';
import type { UndoableCommand } from '../app/undo';

/** Called after an undo or redo with the claim to select (undefined: it no longer exists). */
export type Reselect = (claimId: string | undefined) => void;

/**
 * Marks a claim. It is on screen when the command is made (where the
 * article's claims are shown: `onCreated` receives it then), and stored
 * when the command runs, in its turn in the undo queue; `onCreated`
 * receives it once stored when nothing showed it before.
 */
export function createClaimCommand(input: NewClaim, editor: string, label: string, reselect: Reselect, onCreated: (claim: Claim) => void): UndoableCommand {
  let deleted: DeletedClaim | null = null;
  let id = '';
  const draft = draftClaim(input, editor);
  if (draft.shown) onCreated(draft.shown);
  return {
    label,
    async run() {
      const claim = await draft.write();
      if (!draft.shown) onCreated(claim);
      id = claim.id;
      deleted = { claim, evidence: [] };
    },
    async undo() {
      deleted = (await deleteClaim(id)) ?? deleted;
    },
    async redo() {
      if (deleted) await restoreClaim(deleted);
    },
    afterApply: (direction) => reselect(direction === 'redo' ? id : undefined),
  };
}

export function deleteClaimCommand(claimId: string, label: string, reselect: Reselect): UndoableCommand {
  let deleted: DeletedClaim | null = null;
  return {
    label,
    async run() {
      deleted = await deleteClaim(claimId);
    },
    async undo() {
      if (deleted) await restoreClaim(deleted);
    },
    async redo() {
      deleted = (await deleteClaim(claimId)) ?? deleted;
    },
    afterApply: (direction) => reselect(direction === 'undo' ? claimId : undefined),
  };
}

type FieldKind =
  | 'verdict'
  | 'status'
  | 'note'
  | 'tags'
  | 'span'
  | 'claimant'
  | 'appearance'
  | 'summary'
  | 'rationale'
  | 'no-source-reason'
  | 'confirm'
  | 'approve';

/** Fields typed into a text box: a burst of typing is one undo step. */
const TYPED: readonly FieldKind[] = ['note', 'summary', 'rationale', 'no-source-reason', 'appearance'];

class FieldCommand implements UndoableCommand {
  change: ClaimChange | null = null;

  constructor(
    private readonly kind: FieldKind,
    private readonly claimId: string,
    private readonly patch: EditableClaimFields,
    private readonly editor: string,
    readonly label: string,
    private readonly reselect: Reselect,
    /** The claim version the editor's copy was read at: a claim saved since is left alone (StaleWriteError). */
    private readonly basedOn?: number,
  ) {}

  /** The claim's version once this change is saved. */
  get version(): number | undefined {
    return this.change?.version;
  }

  get coalesceKey(): string | undefined {
    return TYPED.includes(this.kind) ? `${this.kind}:${this.claimId}` : undefined;
  }

  async run(): Promise<void> {
    switch (this.kind) {
      case 'confirm':
        this.change = await confirmVerdict(this.claimId, this.editor);
        return;
      case 'approve':
        this.change = await approveVerdict(this.claimId, this.editor);
        return;
      default:
        this.change = await updateClaim(this.claimId, this.patch, this.editor, `claim:${this.kind}`, undefined, this.basedOn);
    }
  }

  async undo(): Promise<void> {
    if (this.change) await restoreClaimFields(this.claimId, this.change.before, `claim:${this.kind}:undo`, { editor: this.editor, kind: 'undo' });
  }

  async redo(): Promise<void> {
    if (this.change) await restoreClaimFields(this.claimId, this.change.after, `claim:${this.kind}:redo`, { editor: this.editor, kind: 'redo' });
  }

  /** From the fields before this change to the fields after `later`. */
  merge(later: UndoableCommand): UndoableCommand {
    if (!(later instanceof FieldCommand) || !this.change || !later.change) return later;
    const merged = new FieldCommand(this.kind, this.claimId, later.patch, this.editor, this.label, this.reselect);
    // Keys one of the two changed and the other did not keep their value from the side that has them.
    merged.change = { before: { ...later.change.before, ...this.change.before }, after: { ...this.change.after, ...later.change.after } };
    return merged;
  }

  readonly afterApply = (): void => this.reselect(this.claimId);
}

function fieldCommand(kind: FieldKind, claimId: string, patch: EditableClaimFields, editor: string, label: string, reselect: Reselect, basedOn?: number): FieldCommand {
  return new FieldCommand(kind, claimId, patch, editor, label, reselect, basedOn);
}

export const setVerdictCommand = (claimId: string, verdict: string, editor: string, label: string, reselect: Reselect, basedOn?: number) =>
  fieldCommand('verdict', claimId, { verdict }, editor, label, reselect, basedOn);

export const setStatusCommand = (claimId: string, status: ClaimStatus, editor: string, label: string, reselect: Reselect, basedOn?: number) =>
  fieldCommand('status', claimId, { status }, editor, label, reselect, basedOn);

export const setTagsCommand = (claimId: string, tags: string[], editor: string, label: string, reselect: Reselect) =>
  fieldCommand('tags', claimId, { tags }, editor, label, reselect);

/** Moves a claim to a new span of the current revision (adjust span, or re-attach an orphan). */
export const setSpanCommand = (claimId: string, revisionId: string, target: ClaimTarget, editor: string, label: string, reselect: Reselect) =>
  fieldCommand('span', claimId, { target, revisionId, orphan: undefined }, editor, label, reselect);

/** Who made the claim; undefined: nobody named. The name joins the claimant list if new. */
export const setClaimantCommand = (claimId: string, claimant: Claimant | undefined, editor: string, label: string, reselect: Reselect) =>
  fieldCommand('claimant', claimId, { claimant }, editor, label, reselect);

/** Where and when the claim was made ('' for the article's own address or date). */
export const setAppearanceCommand = (claimId: string, fields: { appearanceUrl?: string; appearanceDate?: string }, editor: string, label: string, reselect: Reselect) =>
  fieldCommand('appearance', claimId, fields, editor, label, reselect);

/** The command kind that saves each of the claim's text boxes. */
const TEXT_FIELD_KINDS: Readonly<Record<DraftField, FieldKind>> = {
  note: 'note',
  summary: 'summary',
  rationale: 'rationale',
  noSourceReason: 'no-source-reason',
};

/** Sets one of the claim's text boxes: its note, summary, rationale or reason for having no source. */
export const setTextCommand = (field: DraftField, claimId: string, text: string, editor: string, label: string, reselect: Reselect, basedOn?: number) =>
  fieldCommand(TEXT_FIELD_KINDS[field], claimId, { [field]: text }, editor, label, reselect, basedOn);

/** Keeps the verdict of a claim whose text changed since it was rated, on its new words. */
export const confirmVerdictCommand = (claimId: string, editor: string, label: string, reselect: Reselect) => fieldCommand('confirm', claimId, {}, editor, label, reselect);

/** A second editor approves the claim's verdict. */
export const approveVerdictCommand = (claimId: string, editor: string, label: string, reselect: Reselect) => fieldCommand('approve', claimId, {}, editor, label, reselect);
