/**
 * A button that opens a short list of actions (a disclosure, not an ARIA
 * menu: the items are ordinary buttons, which every screen reader knows).
 * Keyboard: Enter/Space opens it on the first item, arrows move, Escape
 * closes it and returns to the button; a click elsewhere or moving focus
 * out closes it. Used by the toolbars' "More" and by "Workspace".
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuAction {
  readonly key: string;
  readonly label: string;
  run(): void;
  readonly disabled?: boolean;
  /** A toggle: shown and announced as pressed. */
  readonly pressed?: boolean;
  /** Shown on hover (e.g. what Undo would undo). */
  readonly title?: string | undefined;
  readonly keyshortcuts?: string;
}

export interface DisclosureMenuProps {
  /** The button's text (its accessible name unless `buttonLabel` is given). */
  label: ReactNode;
  /** The accessible name of the button when `label` is an icon. */
  buttonLabel?: string;
  /** The list's accessible name. */
  listLabel: string;
  items: readonly MenuAction[];
  className?: string;
}

export function DisclosureMenu({ label, buttonLabel, listLabel, items, className }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemButtons = () => Array.from(rootRef.current?.querySelectorAll<HTMLButtonElement>('.menu-items button:not(:disabled)') ?? []);

  useEffect(() => {
    if (!open) return;
    itemButtons()[0]?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!rootRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (!open) return;
    const buttons = itemButtons();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      (e.key === 'Home' ? buttons[0] : buttons.at(-1))?.focus();
    }
  };

  return (
    <div
      className={`disclosure-menu${className ? ` ${className}` : ''}`}
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (open && !rootRef.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={id} aria-label={buttonLabel} onClick={() => setOpen((v) => !v)}>
        {label}
        <span aria-hidden="true" className="menu-chevron">
          ▾
        </span>
      </button>
      {open && (
        <ul id={id} className="menu-items" aria-label={listLabel}>
          {items.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                disabled={item.disabled}
                aria-pressed={item.pressed}
                title={item.title}
                aria-keyshortcuts={item.keyshortcuts}
                onClick={() => {
                  setOpen(false);
                  buttonRef.current?.focus();
                  item.run();
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
