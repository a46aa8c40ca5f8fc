import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EmbeddedLookup, EmbeddedRuntime, readEmbeddedRuntime, restoreJarTime } from '../src/embedded';
import { findJava } from '../src/java';
import { serverJvmOptions, serverLaunch } from '../src/launch';
import { machine } from './machine';

const EXTENSION = '/ext/decklint-0.2.0-linux-x64';
const EMBEDDED = path.join(EXTENSION, 'dist', 'embedded');
const MANIFEST = path.join(EMBEDDED, 'embedded.json');
const BUILT_IN = path.join(EMBEDDED, 'runtime', 'bin', 'java');
const JDK17 = path.join('/opt/jdk17', 'bin', 'java');
const USR = path.join('/usr/bin', 'java');
const SERVER_JAR = path.join(EXTENSION, 'dist', 'server', 'decklint-server.jar');
const JVM_LOG = ['-Xlog:disable', '-Xlog:all=warning:stderr'];
const SERVER_OPTIONS = ['-XX:+UseSerialGC', '-Xmx512m'];
const JVM_OPTIONS = [...SERVER_OPTIONS, ...JVM_LOG];

const JAR_MODIFIED = 1_765_097_940;
const manifest = JSON.stringify({
  java: 'runtime/bin/java', jar: 'lib/decklint.jar', startupArchive: 'lib/decklint.aot', javaVersion: 25,
  jvmOptions: ['-XX:+UseSerialGC', '-Xmx384m'], jarModified: JAR_MODIFIED,
});

/** What the extension reads from a platform VSIX's folder: `text` is the manifest, undefined when it has none. */
function embedded(text: string | undefined): EmbeddedLookup {
  return readEmbeddedRuntime(EXTENSION, (file) => {
    assert.equal(file, MANIFEST);
    return text;
  });
}

describe('readEmbeddedRuntime', () => {
  it('finds nothing in the universal VSIX', () => {
    assert.deepEqual(embedded(undefined), { kind: 'none' });
  });

  it('resolves the manifest\'s paths inside the installed extension', () => {
    assert.deepEqual(embedded(manifest), {
      kind: 'found',
      runtime: {
        java: BUILT_IN,
        jar: path.join(EMBEDDED, 'lib', 'decklint.jar'),
        startupArchive: path.join(EMBEDDED, 'lib', 'decklint.aot'),
        javaVersion: 25,
        jvmOptions: ['-XX:+UseSerialGC', '-Xmx384m'],
        jarModified: JAR_MODIFIED,
      },
    });
  });

  it('calls a manifest it cannot use a damaged installation, and says what to do', () => {
    for (const text of ['{"java": "runtime/bin/java"}', 'not json', 'null']) {
      const found = embedded(text);
      assert.equal(found.kind, 'damaged', text);
      assert.match(found.kind === 'damaged' ? found.message : '', /embedded\.json\) (lacks|cannot be read) .*Reinstall the extension, or set "decklint\.java\.home"/);
    }
    const unreadable = readEmbeddedRuntime(EXTENSION, () => {
      throw new Error('EACCES: permission denied');
    });
    assert.match(unreadable.kind === 'damaged' ? unreadable.message : '', /cannot be read \(EACCES: permission denied\)/);
  });
});

describe('findJava with a runtime in the extension', () => {
  it('prefers the setting over the built-in runtime', async () => {
    const probe = machine({ [JDK17]: '17.0.2', [BUILT_IN]: '25', [USR]: '21' }, { PATH: '/usr/bin' });
    assert.deepEqual(await findJava('/opt/jdk17', probe, embedded(manifest)),
      { ok: true, executable: JDK17, version: 17, source: 'setting' });
  });

  it('prefers the built-in runtime over JAVA_HOME and the PATH, without starting it to ask its version', async () => {
    const probe = machine({ [JDK17]: '17.0.2', [BUILT_IN]: '25', [USR]: '21' }, { JAVA_HOME: '/opt/jdk17', PATH: '/usr/bin' });
    assert.deepEqual(await findJava('', probe, embedded(manifest)),
      { ok: true, executable: BUILT_IN, version: 25, source: 'embedded' });
    assert.deepEqual(probe.ran, []);
  });

  it('uses the machine\'s Java when the extension brings none', async () => {
    const probe = machine({ [USR]: '21' }, { PATH: '/usr/bin' });
    assert.deepEqual(await findJava(undefined, probe, embedded(undefined)),
      { ok: true, executable: USR, version: 21, source: 'PATH' });
  });

  it('says the installation is damaged when the built-in java is missing, rather than using another', async () => {
    const probe = machine({ [USR]: '21' }, { PATH: '/usr/bin' });
    const found = await findJava(undefined, probe, embedded(manifest));
    assert.equal(found.ok, false);
    assert.equal(!found.ok && found.message, 'decklint cannot start: the Java runtime that comes with this extension is ' +
      `damaged: ${BUILT_IN} is missing. Reinstall the extension, or set "decklint.java.home" to the folder of a ` +
      'Java 17+ installation.');
    assert.deepEqual(probe.ran, []);
  });

  it('says the installation is damaged when the built-in java may not be run', async () => {
    const probe = machine({ [BUILT_IN]: '25', [USR]: '21' }, { PATH: '/usr/bin' }, [BUILT_IN]);
    const found = await findJava(undefined, probe, embedded(manifest));
    assert.equal(found.ok, false);
    assert.match(!found.ok ? found.message : '', /comes with this extension is damaged: .*runtime.bin.java is not executable\. Reinstall/);
  });

  it('reports a damaged manifest unless the setting names a Java', async () => {
    const probe = machine({ [JDK17]: '17', [USR]: '21' }, { PATH: '/usr/bin' });
    const broken = embedded('{}');
    const found = await findJava(undefined, probe, broken);
    assert.match(!found.ok ? found.message : '', /embedded\.json\) lacks/);
    assert.equal((await findJava('/opt/jdk17', probe, broken)).ok, true);
  });
});

describe('serverLaunch', () => {
  it('runs the archive\'s jar with its start-up archive and its launcher\'s JVM options on the built-in runtime', () => {
    const lookup = embedded(manifest);
    const launch = serverLaunch({ ok: true, executable: BUILT_IN, version: 25, source: 'embedded' }, SERVER_JAR, SERVER_OPTIONS, lookup);
    const jar = path.join(EMBEDDED, 'lib', 'decklint.jar');
    assert.equal(launch.command, BUILT_IN);
    assert.equal(launch.jar, jar);
    assert.deepEqual(launch.args, ['-XX:+UseSerialGC', '-Xmx384m', ...JVM_LOG, `-XX:AOTCache=${path.join(EMBEDDED, 'lib', 'decklint.aot')}`, '-jar', jar, 'lsp']);
  });

  it('loads a CDS archive with the option CDS reads', () => {
    const lookup = embedded(manifest.replace('decklint.aot', 'decklint.jsa'));
    const launch = serverLaunch({ ok: true, executable: BUILT_IN, version: 25, source: 'embedded' }, SERVER_JAR, SERVER_OPTIONS, lookup);
    assert.ok(launch.args.includes(`-XX:SharedArchiveFile=${path.join(EMBEDDED, 'lib', 'decklint.jsa')}`));
  });

  it('runs the archive\'s jar with its launcher\'s JVM options but without the start-up archive on a Java from the setting', () => {
    const launch = serverLaunch({ ok: true, executable: JDK17, version: 17, source: 'setting' }, SERVER_JAR, SERVER_OPTIONS, embedded(manifest));
    const jar = path.join(EMBEDDED, 'lib', 'decklint.jar');
    assert.equal(launch.command, JDK17);
    assert.equal(launch.jar, jar);
    assert.deepEqual(launch.args, ['-XX:+UseSerialGC', '-Xmx384m', ...JVM_LOG, '-jar', jar, 'lsp']);
  });

  it('takes the server\'s JVM options from the lsp= line of the launchers\' java-options file', () => {
    const file = '# comment: lsp=-Xnot-this\nlsp=-XX:+UseSerialGC  -Xmx512m -XX:ArchiveRelocationMode=0\nrun=-XX:TieredStopAtLevel=1\n';
    assert.deepEqual(serverJvmOptions(file), ['-XX:+UseSerialGC', '-Xmx512m', '-XX:ArchiveRelocationMode=0']);
    assert.deepEqual(serverJvmOptions(undefined), []);
  });

  it('runs the server jar on the machine\'s Java in the universal VSIX, as before', () => {
    const launch = serverLaunch({ ok: true, executable: USR, version: 21, source: 'PATH' }, SERVER_JAR, SERVER_OPTIONS, embedded(undefined));
    assert.deepEqual(launch, { command: USR, args: [...JVM_OPTIONS, '-jar', SERVER_JAR], jar: SERVER_JAR });
  });

  it('leaves the start-up archive out when it cannot be used', () => {
    const launch = serverLaunch({ ok: true, executable: BUILT_IN, version: 25, source: 'embedded' }, SERVER_JAR, SERVER_OPTIONS, embedded(manifest), false);
    assert.deepEqual(launch.args, ['-XX:+UseSerialGC', '-Xmx384m', ...JVM_LOG, '-jar', path.join(EMBEDDED, 'lib', 'decklint.jar'), 'lsp']);
  });

  it('keeps the JVM\'s own warnings off stdout, where the protocol runs', () => {
    const launch = serverLaunch({ ok: true, executable: BUILT_IN, version: 25, source: 'embedded' }, SERVER_JAR, SERVER_OPTIONS, embedded(manifest));
    assert.deepEqual(launch.args.slice(2, 4), JVM_LOG);
  });
});

describe('restoreJarTime', () => {
  const runtime = (embedded(manifest) as { runtime: EmbeddedRuntime }).runtime;

  it('gives the unpacked jar back the time its start-up archive was made for', () => {
    const times = new Map([[runtime.jar, 1_800_000_000]]);
    const problem = restoreJarTime(runtime, {
      modifiedSeconds: (file) => times.get(file) ?? 0,
      setModifiedSeconds: (file, seconds) => times.set(file, seconds),
    });
    assert.equal(problem, undefined);
    assert.equal(times.get(runtime.jar), JAR_MODIFIED);
  });

  it('leaves a jar with the right time alone', () => {
    const problem = restoreJarTime(runtime, {
      modifiedSeconds: () => JAR_MODIFIED,
      setModifiedSeconds: () => assert.fail('the jar has its time already'),
    });
    assert.equal(problem, undefined);
  });

  it('says why the server starts without the start-up archive when the time cannot be set', () => {
    const problem = restoreJarTime(runtime, {
      modifiedSeconds: () => 1_800_000_000,
      setModifiedSeconds: () => {
        throw new Error('EPERM: operation not permitted');
      },
    });
    assert.match(problem ?? '', /cannot give .*decklint\.jar the time .* \(EPERM: operation not permitted\), so the server starts without that archive/);
  });
});
