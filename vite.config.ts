/**
 * Builds the web app (src/web) into dist/web, which the server serves as static files with an SPA fallback.
 * In development (`npx vite`), API calls are proxied to a Chorus server on port 8080.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Libraries get chunks of their own so no chunk passes Vite's 500 kB warning: in one bundle, React and i18next made
 * the entry 490 kB and ECharts with zrender made the (already lazy) chart chunk 553 kB. Chunks for a library used only
 * by a lazy page stay lazy, and a library chunk keeps its hash across app releases, so browsers keep it cached.
 */
const vendor = (name: string, packages: string[], priority = 1) => ({
  name,
  priority,
  test: new RegExp(`node_modules[\\\\/](${packages.join('|')})[\\\\/]`),
});

export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Pages load on first use, but their style sheets (69 kB in all) stay one file loaded with the shell: pages share
    // classes (the inbox count in the navigation, form hints, tables), which per-page sheets would leave unstyled until
    // the page that defines them had been opened.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            vendor('react', ['react', 'react-dom', 'scheduler']),
            vendor('i18n', ['i18next', 'react-i18next']),
            vendor('query', ['@tanstack']),
            vendor('echarts', ['echarts']),
            vendor('zrender', ['zrender'], 2),
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
