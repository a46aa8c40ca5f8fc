import { EmbeddedLookup } from './embedded';
import { JavaFound } from './java';

/** How to start the language server: the java, its arguments, and the jar they run (which must exist). */
export interface ServerLaunch {
  readonly command: string;
  readonly args: readonly string[];
  readonly jar: string;
}

// One editor's decks are small: a serial collector keeps the server's footprint and thread count low. (The
// built-in runtime gets the options the archive's own launcher uses for the server instead.)
const JVM_OPTIONS = ['-XX:+UseSerialGC', '-Xmx512m'];
// The JVM's own warnings (say, a start-up archive it cannot use) go to stderr: on stdout they would break the
// protocol.
const JVM_LOG = ['-Xlog:disable', '-Xlog:all=warning:stderr'];

/**
 * A platform VSIX carries the archive's application jar (`lsp` starts the server) instead of the universal VSIX's
 * server jar. Only the built-in runtime gets the start-up archive (when `startupArchiveUsable`): it was made for
 * that runtime and that jar.
 */
export function serverLaunch(java: JavaFound, serverJar: string, embedded: EmbeddedLookup,
  startupArchiveUsable = true): ServerLaunch {
  if (embedded.kind === 'found') {
    const { jar, startupArchive, jvmOptions } = embedded.runtime;
    const builtIn = java.source === 'embedded';
    const startup = builtIn && startupArchiveUsable ? [startupArchiveOption(startupArchive)] : [];
    const options = builtIn ? jvmOptions : JVM_OPTIONS;
    return { command: java.executable, args: [...options, ...JVM_LOG, ...startup, '-jar', jar, 'lsp'], jar };
  }
  return { command: java.executable, args: [...JVM_OPTIONS, ...JVM_LOG, '-jar', serverJar], jar: serverJar };
}

/** The JVM option that loads a start-up archive, by its kind: a CDS archive (.jsa) or an AOT cache (.aot). */
export function startupArchiveOption(archive: string): string {
  return archive.endsWith('.aot') ? `-XX:AOTCache=${archive}` : `-XX:SharedArchiveFile=${archive}`;
}
