/**
 * Builds the console (admin/dist, served at /admin) and the bundled GraphQL IDE
 * (admin/dist/graphiql/index.html, served at /graphiql). Everything is bundled: no CDN, no web fonts.
 * No @vitejs/plugin-react (it does not install with this npm); esbuild compiles JSX.
 */
import { defineConfig, Plugin } from 'vite';
import fs from 'node:fs';
import path from 'node:path';

const root = __dirname;
const repo = path.resolve(root, '..');

/** `virtual:bundled-schema`: the committed schema.graphql (or SCHEMA_FILE), '' when absent. */
function bundledSchema(): Plugin {
  const id = 'virtual:bundled-schema';
  const file = process.env.SCHEMA_FILE ? path.resolve(process.env.SCHEMA_FILE) : path.join(repo, 'schema.graphql');
  return {
    name: 'bundled-schema',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      if (fs.existsSync(file)) this.addWatchFile(file);
      const sdl = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
      return `export default ${JSON.stringify(sdl)};`;
    },
  };
}

export default defineConfig({
  root,
  base: '/admin/',
  publicDir: false,
  plugins: [bundledSchema()],
  esbuild: { jsx: 'automatic' },
  define: { 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'production') },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rollupOptions: {
      input: {
        main: path.join(root, 'index.html'),
        graphiql: path.join(root, 'graphiql/index.html'),
      },
    },
  },
  server: {
    proxy: { '/graphql': process.env.API_URL ?? 'http://localhost:4000' },
  },
});
