import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Utrecht React bundle names each component at module level (`X.displayName = 'X'`); the
 * bundler must treat those writes as side effects and so keeps all of its ~150 components. The
 * names only serve React DevTools: dropping them in production builds lets unused components go.
 */
function utrechtTreeShaking(): Plugin {
  return {
    name: 'zorgregio:utrecht-tree-shaking',
    apply: 'build',
    transform: {
      filter: { id: /@utrecht\/component-library-react\/dist\/index\.mjs$/ },
      handler: (code) => code.replace(/^[\w$]+\.displayName = '[\w$]+';$/gm, ''),
    },
  };
}

export default defineConfig({
  plugins: [react(), utrechtTreeShaking()],
  build: {
    // scripts/size.mjs reads the manifest to measure the landing page's initial JavaScript.
    manifest: true,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
