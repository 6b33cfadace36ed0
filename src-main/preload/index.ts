/**
 * The sandboxed preload: exposes `window.workbench` with one named function
 * per IPC channel of the contract, and nothing else. Raw `ipcRenderer` never
 * reaches the page. Bundled as one CommonJS file (sandboxed preloads cannot
 * load modules).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, FILES_TO_OPEN_CHANNEL, MENU_COMMAND_CHANNEL, isMenuCommand, type ChannelName, type MenuCommand, type WorkbenchBridge } from '../ipc/contract';

const bridge: Record<string, unknown> = {};
for (const name of Object.keys(CHANNELS) as ChannelName[]) {
  const channel = CHANNELS[name];
  bridge[name] = (request?: unknown) => ipcRenderer.invoke(channel, request);
}
bridge['onMenuCommand'] = (listener: (command: MenuCommand) => void) => {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  const wrapped = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
  };
};

bridge['onFilesToOpen'] = (listener: () => void) => {
  if (typeof listener !== 'function') throw new TypeError('listener must be a function');
  // The nudge carries nothing; whatever came with it is dropped, not passed on.
  const wrapped = () => listener();
  ipcRenderer.on(FILES_TO_OPEN_CHANNEL, wrapped);
  return () => {
    ipcRenderer.removeListener(FILES_TO_OPEN_CHANNEL, wrapped);
  };
};

contextBridge.exposeInMainWorld('workbench', Object.freeze(bridge) as unknown as WorkbenchBridge);
