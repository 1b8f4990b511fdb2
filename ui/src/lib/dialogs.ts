// The only place that asks for a file. The shell shows the native dialog itself and remembers
// the path the person chose: commands that read or write files accept only such paths, so the
// page cannot name a file of its own (src-tauri/src/files.rs). End-to-end tests answer these
// dialogs through the shell too (a debug-build-only environment variable), not from the page.
import { api } from './api';
import type { FileFilter } from './bindings/FileFilter';

export type { FileFilter };

/** The file the person chose to open, or null when they cancelled. */
export async function chooseOpenPath(filters: FileFilter[]): Promise<string | null> {
  return api.pickOpenFile(filters);
}

/** The path the person chose to save to, or null when they cancelled. */
export async function chooseSavePath(defaultPath: string, filters: FileFilter[]): Promise<string | null> {
  return api.pickSaveFile(defaultPath, filters);
}
