/**
 * Files dropped anywhere on the window are imported. While files are dragged
 * over the window an overlay says what will happen. Drags that carry no files
 * (text, links) are left alone, so dragging text into a field still works.
 * Keyboard users have "Import article", which does the same.
 */
import { useEffect, useRef, useState } from 'react';
import type { PickedFile } from '../../host';
import { useT } from '../app/i18n';
import { sizeLimitFor, TEXT_LIMIT_MB } from './read-picked';
import './import.css';

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes('Files') ?? false;
}

/** A modal dialog is open: the overlay would sit beneath it, so drops are declined. */
function modalOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

/** Reads dropped files; a file over its limit is not read at all (its size says enough). */
async function readDropped(files: readonly File[]): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) {
    const bytes = file.size > sizeLimitFor(file.name) ? new Uint8Array(0) : new Uint8Array(await file.arrayBuffer());
    picked.push({ name: file.name, bytes, size: file.size });
  }
  return picked;
}

export function DropZone({ onFiles }: { onFiles(files: PickedFile[]): void }) {
  const t = useT();
  const [active, setActive] = useState(false);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  });

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed; count them to know
    // when the drag has really left the window.
    let depth = 0;
    const reset = () => {
      depth = 0;
      setActive(false);
    };
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth++;
      if (!modalOpen()) setActive(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser would open the file in place of the workbench.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = modalOpen() ? 'none' : 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      reset();
      if (modalOpen()) return;
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length) void readDropped(files).then((picked) => onFilesRef.current(picked));
    };
    // One signal removes every listener below.
    const listening = new AbortController();
    const { signal } = listening;
    document.addEventListener('dragenter', onEnter, { signal });
    document.addEventListener('dragover', onOver, { signal });
    document.addEventListener('dragleave', onLeave, { signal });
    document.addEventListener('drop', onDrop, { signal });
    window.addEventListener('blur', reset, { signal });
    return () => listening.abort();
  }, []);

  if (!active) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-overlay-box">
        <p className="drop-overlay-title">{t('articles.dropTitle')}</p>
        <p>{t('articles.dropHint', { limit: TEXT_LIMIT_MB })}</p>
      </div>
    </div>
  );
}
