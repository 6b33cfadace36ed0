import type { WorkbenchBridge } from '../../src-main/ipc/contract';
import type { Host } from './host';

/** The host inside Electron: native dialogs and file writes through the preload bridge. */
export function createElectronHost(bridge: WorkbenchBridge): Host {
  return {
    kind: 'electron',
    async openFiles(request) {
      const files = await bridge.openFile(request);
      return files.map((f) => ({ name: f.name, bytes: f.bytes, size: f.size }));
    },
    async saveFile(request) {
      const result = await bridge.saveFile({ suggestedName: request.suggestedName, title: request.title, extensions: request.extensions, data: request.data });
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    async printPdf(request) {
      const result = await bridge.printToPdf(request);
      return result.saved ? { saved: true, where: result.path } : { saved: false };
    },
    openExternal: (url) => bridge.openExternal({ url }),
    setLocale(locale) {
      void bridge.setLocale({ locale });
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    onOpenFiles(listener) {
      // Main only nudges; the files come through a checked request. Taking
      // once at subscription collects those given at launch.
      const take = () =>
        void bridge.takeFilesToOpen().then(
          (files) => files.length > 0 && listener(files.map((f) => ({ name: f.name, bytes: f.bytes, size: f.size }))),
          () => undefined,
        );
      const unsubscribe = bridge.onFilesToOpen(take);
      take();
      return unsubscribe;
    },
    autoBackup: {
      async write(data, reason) {
        await bridge.writeBackup({ data, reason });
      },
      list: () => bridge.listBackups(),
      read: (name) => bridge.readBackup({ name }),
      openFolder: () => bridge.openBackupsFolder(),
    },
    appInfo: () => bridge.appInfo(),
  };
}
