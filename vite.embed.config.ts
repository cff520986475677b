/** The embeddable `<visavis-reader>` as one ES module, with its demo page: `dist/embed/`. */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: 'client/embed/public',
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    lib: { entry: 'client/embed/visavis-reader.ts', formats: ['es'], fileName: () => 'visavis-reader.js' },
  },
});
