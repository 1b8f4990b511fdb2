// The only place that opens native file dialogs. End-to-end tests cannot click native
// dialogs, so they set window.__PLENARY_E2E__ = { openPath, savePath } and we use those paths.
declare global {
  interface Window {
    __PLENARY_E2E__?: { openPath?: string; savePath?: string };
  }
}

export interface FileFilter { name: string; extensions: string[] }

export async function chooseOpenPath(filters: FileFilter[]): Promise<string | null> {
  const bypass = window.__PLENARY_E2E__?.openPath;
  if (bypass) return bypass;
  const { open } = await import('@tauri-apps/plugin-dialog');
  const picked = await open({ multiple: false, directory: false, filters });
  return typeof picked === 'string' ? picked : null;
}

export async function chooseSavePath(defaultPath: string, filters: FileFilter[]): Promise<string | null> {
  const bypass = window.__PLENARY_E2E__?.savePath;
  if (bypass) return bypass;
  const { save } = await import('@tauri-apps/plugin-dialog');
  return (await save({ defaultPath, filters })) ?? null;
}
