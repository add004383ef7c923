import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiPort = process.env.TRAJECT_API_PORT || 3000;

// The console is served by the API at `/` in production; in development Vite proxies /api to it.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The domain core (code lists and pure rules) is shared with the API: ../api/src/domain.
    fs: { allow: ['..'] },
    proxy: { '/api': { target: `http://localhost:${apiPort}`, changeOrigin: false } },
  },
});
