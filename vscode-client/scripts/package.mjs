// Packages dist/ into target/decklint-<version>.vsix with vsce, offline, and checks that what a user installs
// holds the extension, the preview and the server.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const vsix = `target/decklint-${version}.vsix`;
mkdirSync('target', { recursive: true });
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license',
  '--out', vsix], { stdio: 'inherit' });

const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { encoding: 'utf8' });
const needed = ['dist/extension.js', 'dist/webview/bridge.js', 'dist/server/decklint-server.jar'];
const missing = needed.filter((file) => !listing.split(/\r?\n/).includes(file));
if (missing.length > 0) {
  console.error(`decklint: ${vsix} would lack ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`decklint: packaged ${vsix}`);
