/**
 * Links leave the app only when the user says so, in a question drawn by
 * main that names the host: a page cannot open a link on its own.
 */
import { describe, expect, it } from 'vitest';
import type { MessageBoxOptions } from 'electron';
import { createExternalLinkOpener, linkQuestion, shownHost } from '../../src-main/external-links';
import { checkUrl, type UrlAccepted } from '../../src-renderer/core/sources/url';
// Every catalogue, registered (French is loaded on demand in the window).
import '../../src-renderer/core/i18n/bundled';
import { createTranslator } from '../../src-renderer/core/i18n';

function accepted(url: string): UrlAccepted {
  const checked = checkUrl(url);
  if (!checked.ok) throw new Error(checked.message);
  return checked;
}

/** An opener whose dialog answers from a script, recording the questions and the opened URLs. */
function opener(answers: { response: number; checkboxChecked?: boolean }[], locale: 'en' | 'fr' = 'en') {
  const asked: MessageBoxOptions[] = [];
  const opened: string[] = [];
  const open = createExternalLinkOpener<string>({
    translate: () => createTranslator(locale),
    ask: async (options, window) => {
      asked.push({ ...options, ...(window ? { title: `${options.title} @${window}` } : {}) });
      const next = answers.shift() ?? { response: 1 };
      return { response: next.response, checkboxChecked: next.checkboxChecked ?? false };
    },
    open: async (url) => {
      opened.push(url);
    },
  });
  return { open, asked, opened };
}

describe('opening links outside the app', () => {
  it('asks first, naming the host, and opens only on "Open in browser"', async () => {
    const o = opener([{ response: 1 }, { response: 0 }]);
    expect(await o.open('https://www.example.org/report?id=3')).toBe(false);
    expect(o.opened).toEqual([]);
    expect(await o.open('https://www.example.org/report?id=3')).toBe(true);
    expect(o.opened).toEqual(['https://www.example.org/report?id=3']);
    expect(o.asked[0]).toMatchObject({
      message: 'Open this link to www.example.org in your browser?',
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    expect(o.asked[0]?.detail).toContain('https://www.example.org/report?id=3');
  });

  it('the question is modal to the window that asked', async () => {
    const o = opener([{ response: 1 }]);
    await o.open('https://example.org/', 'main-window');
    expect(o.asked[0]?.title).toBe('Open a link @main-window');
  });

  it('"without asking" holds for that host, for this session, and for no other host', async () => {
    const o = opener([{ response: 0, checkboxChecked: true }, { response: 1 }]);
    await o.open('https://example.org/a');
    await o.open('https://example.org/b');
    await o.open('https://EXAMPLE.org:443/c');
    expect(o.asked).toHaveLength(1);
    expect(await o.open('https://example.org.evil.test/')).toBe(false);
    expect(o.asked).toHaveLength(2);
    expect(o.opened).toEqual(['https://example.org/a', 'https://example.org/b', 'https://example.org/c']);
  });

  it('a look-alike (mixed-script) host is always asked about, with the warning, and cannot be trusted for the session', async () => {
    const o = opener([{ response: 0, checkboxChecked: true }, { response: 1 }]);
    await o.open('https://аpple.com/'); // Cyrillic а
    await o.open('https://аpple.com/'); // Cyrillic а
    expect(o.asked).toHaveLength(2);
    expect(o.asked[0]?.type).toBe('warning');
    expect(o.asked[0]?.checkboxLabel).toBeUndefined();
    expect(o.asked[0]?.message).toContain('xn--');
  });

  it('refuses anything but http(s) without asking', async () => {
    const o = opener([{ response: 0 }]);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'ms-settings:privacy', 'https://user:pw@example.org/']) {
      await expect(o.open(url)).rejects.toThrow(/Only http and https/);
    }
    expect(o.asked).toEqual([]);
  });

  it('one question at a time: a page cannot stack up dialogs', async () => {
    let answer: (value: { response: number; checkboxChecked: boolean }) => void = () => undefined;
    const open = createExternalLinkOpener<never>({
      translate: () => createTranslator('en'),
      ask: () => new Promise((resolve) => (answer = resolve)),
      open: async () => undefined,
    });
    const first = open('https://example.org/1');
    await expect(open('https://example.org/2')).rejects.toThrow('A link is already waiting for your answer.');
    answer({ response: 0, checkboxChecked: false });
    await expect(first).resolves.toBe(true);
  });

  it('speaks the interface language', async () => {
    const o = opener([{ response: 1 }], 'fr');
    await o.open('https://example.org/');
    expect(o.asked[0]).toMatchObject({ message: 'Ouvrir ce lien vers example.org dans votre navigateur ?', buttons: ['Ouvrir dans le navigateur', 'Annuler'] });
  });
});

describe('the host shown', () => {
  it('gives the ASCII form beside a Unicode one', () => {
    expect(shownHost(accepted('https://example.org:8443/x'))).toBe('example.org:8443');
    expect(shownHost(accepted('https://bücher.de/'))).toBe('bücher.de (xn--bcher-kva.de)');
  });
  it('offers the session trust only for ordinary hosts', () => {
    const t = createTranslator('en');
    expect(linkQuestion(t, accepted('https://example.org/')).checkboxLabel).toBe('Open links to example.org without asking until the workbench is closed');
  });
});
