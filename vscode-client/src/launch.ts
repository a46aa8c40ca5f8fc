import { EmbeddedLookup } from './embedded';
import { JavaFound } from './java';

/** How to start the language server: the java, its arguments, and the jar they run (which must exist). */
export interface ServerLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly jar: string;
}

/**
 * The JVM options decklint's launchers start the language server with: the `lsp=` line of their java-options file,
 * which the universal VSIX carries beside the server jar (scripts/stage-server.mjs) and a platform VSIX describes
 * in its manifest. None when the file is missing: the server then starts with the JVM's defaults.
 */
export function serverJvmOptions(javaOptions: string | undefined): string[] {
  return /^lsp=(.*)$/m.exec(javaOptions ?? '')?.[1].trim().split(/\s+/).filter((option) => option !== '') ?? [];
}

// The JVM's own warnings (say, a start-up archive it cannot use) go to stderr: on stdout they would break the
// protocol.
const JVM_LOG = ['-Xlog:disable', '-Xlog:all=warning:stderr'];

/**
 * A platform VSIX carries the archive's application jar (`lsp` starts the server) instead of the universal VSIX's
 * server jar, and its manifest's JVM options instead of `serverOptions` (the universal VSIX's). Only the built-in
 * runtime gets the start-up archive (when `startupArchiveUsable`): it was made for that runtime and that jar.
 */
export function serverLaunch(java: JavaFound, serverJar: string, serverOptions: readonly string[],
  embedded: EmbeddedLookup, startupArchiveUsable = true): ServerLaunch {
  if (embedded.kind === 'found') {
    const { jar, startupArchive, jvmOptions } = embedded.runtime;
    const builtIn = java.source === 'embedded';
    const startup = builtIn && startupArchiveUsable ? [startupArchiveOption(startupArchive)] : [];
    return { command: java.executable, args: [...jvmOptions, ...JVM_LOG, ...startup, '-jar', jar, 'lsp'], jar };
  }
  return { command: java.executable, args: [...serverOptions, ...JVM_LOG, '-jar', serverJar], jar: serverJar };
}

/** The JVM option that loads a start-up archive, by its kind: a CDS archive (.jsa) or an AOT cache (.aot). */
export function startupArchiveOption(archive: string): string {
  return archive.endsWith('.aot') ? `-XX:AOTCache=${archive}` : `-XX:SharedArchiveFile=${archive}`;
}
