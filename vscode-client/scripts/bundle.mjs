// Bundles the extension (with vscode-languageclient) and the preview's bridge script into dist/, which is
// what the .vsix ships; node_modules stays out of it.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';

rmSync('dist/extension.js', { force: true });
rmSync('dist/webview', { recursive: true, force: true });
mkdirSync('dist/webview', { recursive: true });

await build({
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
});

await build({
  entryPoints: ['webview/bridge.ts'],
  outfile: 'dist/webview/bridge.js',
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'iife',
  minify: true,
  logLevel: 'warning',
});
