import * as path from 'path';

/**
 * Where a platform VSIX keeps the runtime it brings (the archive's runtime/ and lib/), and the description
 * `scripts/package.mjs` writes beside them. The universal VSIX has neither.
 */
export const EMBEDDED_FOLDER = 'dist/embedded';
export const EMBEDDED_MANIFEST = 'embedded.json';

/** The embedded runtime, with absolute paths inside the installed extension. */
export interface EmbeddedRuntime {
  /** The runtime's java launcher. */
  readonly java: string;
  /** The application jar the start-up archive was made from; it runs the server with the argument `lsp`. */
  readonly jar: string;
  /** A CDS archive (.jsa) or a JDK 25+ AOT cache (.aot) made for exactly this jar and runtime. */
  readonly startupArchive: string;
  /** The runtime's Java feature version, as the status bar names it. */
  readonly javaVersion: number;
  /** The JVM options the archive's launcher starts the language server with (its lib/java-options). */
  readonly jvmOptions: readonly string[];
  /** The jar's modification time in the archive, in whole seconds since 1970: the start-up archive checks it. */
  readonly jarModified: number;
}

export type EmbeddedLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'found'; readonly runtime: EmbeddedRuntime }
  | { readonly kind: 'damaged'; readonly message: string };

const REINSTALL = 'Reinstall the extension, or set "decklint.java.home" to the folder of a Java 17+ installation.';

/**
 * Reads the manifest from the extension's folder. `read` returns the file's text, or undefined when it does not
 * exist (the universal VSIX), and throws when it cannot read it; a manifest that cannot be read as written means
 * a damaged installation.
 */
export function readEmbeddedRuntime(extensionFolder: string, read: (file: string) => string | undefined): EmbeddedLookup {
  const folder = path.join(extensionFolder, EMBEDDED_FOLDER);
  const file = path.join(folder, EMBEDDED_MANIFEST);
  const damaged = (why: string): EmbeddedLookup => ({
    kind: 'damaged',
    message: `decklint cannot start: the description of the Java runtime that comes with this extension (${file}) ${why}. ${REINSTALL}`,
  });
  let manifest: Record<string, unknown> | null;
  try {
    const text = read(file);
    if (text === undefined) {
      return { kind: 'none' };
    }
    manifest = JSON.parse(text) as Record<string, unknown> | null;
  } catch (error) {
    return damaged(`cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const { java, jar, startupArchive, javaVersion, jvmOptions, jarModified } = manifest ?? {};
  if (typeof java !== 'string' || typeof jar !== 'string' || typeof startupArchive !== 'string' ||
    typeof javaVersion !== 'number' || typeof jarModified !== 'number' ||
    !Array.isArray(jvmOptions) || !jvmOptions.every((option) => typeof option === 'string')) {
    return damaged('lacks the runtime\'s java, jar, start-up archive, version, JVM options or the jar\'s time');
  }
  return {
    kind: 'found',
    runtime: {
      java: path.join(folder, java),
      jar: path.join(folder, jar),
      startupArchive: path.join(folder, startupArchive),
      javaVersion,
      jvmOptions,
      jarModified,
    },
  };
}

/** The modification times `restoreJarTime` reads and writes, in whole seconds; injected for tests. */
export interface FileTimes {
  modifiedSeconds(file: string): number;
  setModifiedSeconds(file: string, seconds: number): void;
}

/**
 * The JVM uses a start-up archive only with the very jar it was made from, which it recognises by size and
 * modification time; unpacking the VSIX gives the jar the time of installation. This puts the archive's time
 * back. Returns undefined when the start-up archive can be used, else why not (the server then starts without it,
 * only slower).
 */
export function restoreJarTime(runtime: EmbeddedRuntime, times: FileTimes): string | undefined {
  try {
    if (times.modifiedSeconds(runtime.jar) !== runtime.jarModified) {
      times.setModifiedSeconds(runtime.jar, runtime.jarModified);
    }
    return undefined;
  } catch (error) {
    return `cannot give ${runtime.jar} the time its start-up archive was made for ` +
      `(${error instanceof Error ? error.message : String(error)}), so the server starts without that archive, more slowly`;
  }
}

/** The message for an embedded java that the installation lacks or may not run. */
export function damagedJava(executable: string, problem: 'missing' | 'not executable'): string {
  return `decklint cannot start: the Java runtime that comes with this extension is damaged: ${executable} is ` +
    `${problem === 'missing' ? 'missing' : 'not executable'}. ${REINSTALL}`;
}
