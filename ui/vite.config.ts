import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Tauri loads ui/dist; the dev server must stay on a fixed port for the shell's devUrl.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: { port: 5173, strictPort: true },
  build: { outDir: 'dist', target: 'es2022', sourcemap: false },
  test: { include: ['src/**/*.test.ts'], environment: 'node', reporters: ['default', './summary-reporter.ts'] },
});
