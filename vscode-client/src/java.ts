import { execFile } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { damagedJava, EmbeddedLookup } from './embedded';

/** The oldest Java that runs decklint's language server (the project is compiled for release 17). */
export const MINIMUM_JAVA = 17;

/** Where a Java candidate came from, so a message can tell the user which knob to turn. */
export type JavaSource = 'setting' | 'embedded' | 'JAVA_HOME' | 'PATH';

export interface JavaFound {
  readonly ok: true;
  readonly executable: string;
  readonly version: number;
  readonly source: JavaSource;
}

export interface JavaMissing {
  readonly ok: false;
  /** What went wrong and what to do about it, in one or two sentences for a notification. */
  readonly message: string;
}

export type JavaLookup = JavaFound | JavaMissing;

/** What discovery may ask of the machine; injected so the search order can be tested without a JDK. */
export interface JavaProbe {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  isFile(file: string): boolean;
  /** Whether the file may be run (on Windows, whether it exists). */
  isExecutable(file: string): boolean;
  /** Runs `java -version` and returns what it printed (on stderr, as Java does), or throws. */
  versionOutput(executable: string): Promise<string>;
}

/**
 * Reads the feature version from `java -version` output: `openjdk version "17.0.15"` → 17,
 * `java version "1.8.0_381"` → 8 (the old 1.x scheme), `openjdk version "21" 2023-09-19` → 21.
 */
export function parseJavaVersion(output: string): number | undefined {
  const quoted = /version "([^"]+)"/.exec(output);
  if (!quoted) {
    return undefined;
  }
  const parts = quoted[1].split(/[._+-]/).map((part) => Number.parseInt(part, 10));
  if (Number.isNaN(parts[0])) {
    return undefined;
  }
  return parts[0] === 1 && parts.length > 1 && !Number.isNaN(parts[1]) ? parts[1] : parts[0];
}

function javaIn(home: string, platform: NodeJS.Platform): string {
  return path.join(home, 'bin', platform === 'win32' ? 'java.exe' : 'java');
}

function onPath(probe: JavaProbe): string | undefined {
  const pathVariable = probe.env.PATH ?? probe.env.Path ?? '';
  const separator = probe.platform === 'win32' ? ';' : ':';
  const name = probe.platform === 'win32' ? 'java.exe' : 'java';
  for (const folder of pathVariable.split(separator)) {
    if (folder.trim() !== '' && probe.isFile(path.join(folder, name))) {
      return path.join(folder, name);
    }
  }
  return undefined;
}

const HOW_TO_FIX =
  'Install Java 17 or newer (for example Eclipse Temurin or your system\'s OpenJDK package) and set ' +
  '"decklint.java.home" to its folder, or set JAVA_HOME, or put its java on the PATH; then run ' +
  '"decklint: Restart Server".';

/**
 * Finds the Java that starts the server: the `decklint.java.home` setting, else the runtime a platform VSIX
 * brings, else `JAVA_HOME`, else `java` on the PATH. A home that is set but holds no Java, and a built-in runtime
 * that is damaged, are reported rather than skipped: falling back would hide a broken setting or installation.
 */
export async function findJava(settingHome: string | undefined, probe: JavaProbe,
  embedded: EmbeddedLookup = { kind: 'none' }): Promise<JavaLookup> {
  let candidate: { executable: string; source: JavaSource } | undefined;
  const configured = settingHome?.trim();
  if (configured) {
    const executable = javaIn(configured, probe.platform);
    if (!probe.isFile(executable)) {
      return {
        ok: false,
        message: `decklint cannot start: the setting "decklint.java.home" is "${configured}", but there is no ${executable}. ` +
          'Point it at the folder of a Java 17+ installation (the one that contains bin/java), or clear it ' +
          'to use JAVA_HOME or the PATH.',
      };
    }
    candidate = { executable, source: 'setting' };
  } else if (embedded.kind === 'damaged') {
    return { ok: false, message: embedded.message };
  } else if (embedded.kind === 'found') {
    // The build checked this runtime's version; not asking it again saves a JVM start on every activation.
    const { java, javaVersion } = embedded.runtime;
    if (!probe.isFile(java)) {
      return { ok: false, message: damagedJava(java, 'missing') };
    }
    if (!probe.isExecutable(java)) {
      return { ok: false, message: damagedJava(java, 'not executable') };
    }
    return { ok: true, executable: java, version: javaVersion, source: 'embedded' };
  } else if (probe.env.JAVA_HOME?.trim()) {
    const home = probe.env.JAVA_HOME.trim();
    const executable = javaIn(home, probe.platform);
    if (!probe.isFile(executable)) {
      return {
        ok: false,
        message: `decklint cannot start: JAVA_HOME is "${home}", but there is no ${executable}. Fix JAVA_HOME, or set ` +
          '"decklint.java.home" to the folder of a Java 17+ installation.',
      };
    }
    candidate = { executable, source: 'JAVA_HOME' };
  } else {
    const executable = onPath(probe);
    if (!executable) {
      return { ok: false, message: `decklint needs Java ${MINIMUM_JAVA} or newer to check decks, and found none. ${HOW_TO_FIX}` };
    }
    candidate = { executable, source: 'PATH' };
  }

  let output: string;
  try {
    output = await probe.versionOutput(candidate.executable);
  } catch (error) {
    return {
      ok: false,
      message: `decklint cannot start: ${candidate.executable} (from ${describe(candidate.source)}) did not run: ` +
        `${error instanceof Error ? error.message : String(error)}. ${HOW_TO_FIX}`,
    };
  }
  const version = parseJavaVersion(output);
  if (version === undefined) {
    return {
      ok: false,
      message: `decklint cannot tell which Java ${candidate.executable} (from ${describe(candidate.source)}) is: ` +
        `"java -version" printed "${output.trim().split(/\r?\n/)[0] ?? ''}". ${HOW_TO_FIX}`,
    };
  }
  if (version < MINIMUM_JAVA) {
    return {
      ok: false,
      message: `decklint needs Java ${MINIMUM_JAVA} or newer, but ${candidate.executable} (from ` +
        `${describe(candidate.source)}) is Java ${version}. ${HOW_TO_FIX}`,
    };
  }
  return { ok: true, executable: candidate.executable, version, source: candidate.source };
}

export function describe(source: JavaSource): string {
  switch (source) {
    case 'setting':
      return 'the setting "decklint.java.home"';
    case 'embedded':
      return 'the runtime that comes with the extension';
    case 'JAVA_HOME':
      return 'JAVA_HOME';
    case 'PATH':
      return 'the PATH';
  }
}

/** The real machine: files on disk and `java -version`, which must answer within ten seconds. */
export function systemProbe(): JavaProbe {
  return {
    platform: process.platform,
    env: process.env,
    isFile(file) {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    isExecutable(file) {
      try {
        fs.accessSync(file, fs.constants.X_OK);
        return true;
      } catch {
        return false;
      }
    },
    versionOutput(executable) {
      return new Promise((resolve, reject) => {
        execFile(executable, ['-version'], { timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
          if (error) {
            reject(error);
          } else {
            resolve(`${stderr}${stdout}`);
          }
        });
      });
    },
  };
}
