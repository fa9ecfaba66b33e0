import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The same renderer as a plain web app (npm run web), served on 127.0.0.1 only.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true, minify: true, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: 4873, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
});
