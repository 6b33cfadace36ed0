/**
 * A minimal stand-in for the Node/Electron event emitters that main-process
 * modules subscribe to: records listeners by event name and lets a test emit.
 */
export class FakeEmitter {
  readonly listeners = new Map<string, ((...args: unknown[]) => unknown)[]>();

  on(event: string, listener: (...args: unknown[]) => unknown): this {
    const list = this.listeners.get(event) ?? [];
    list.push(listener);
    this.listeners.set(event, list);
    return this;
  }

  once(event: string, listener: (...args: unknown[]) => unknown): this {
    const wrapped = (...args: unknown[]) => {
      this.removeListener(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  removeListener(event: string, listener: (...args: unknown[]) => unknown): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }

  emit(event: string, ...args: unknown[]): boolean {
    const list = [...(this.listeners.get(event) ?? [])];
    for (const l of list) l(...args);
    return list.length > 0;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-style event whose preventDefault() is observable. */
export function fakeEvent(fields: Record<string, unknown> = {}): { defaultPrevented: boolean; preventDefault(): void } & Record<string, unknown> {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}
