import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { findJava, JavaProbe, parseJavaVersion } from '../src/java';
import { machine } from './machine';

describe('parseJavaVersion', () => {
  it('reads the feature version of current and old version strings', () => {
    assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
    assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
    assert.equal(parseJavaVersion('java version "1.8.0_381"\nJava(TM) SE Runtime Environment'), 8);
    assert.equal(parseJavaVersion('openjdk version "11.0.2-ea" 2019-01-15'), 11);
    assert.equal(parseJavaVersion('openjdk version "25-ea" 2025-09-16'), 25);
  });

  it('gives up on output that is not a version', () => {
    assert.equal(parseJavaVersion('bash: java: command not found'), undefined);
    assert.equal(parseJavaVersion('version "beta"'), undefined);
  });
});

const JDK17 = path.join('/opt/jdk17', 'bin', 'java');
const JDK11 = path.join('/opt/jdk11', 'bin', 'java');
const USR = path.join('/usr/bin', 'java');

describe('findJava', () => {
  it('prefers the setting over JAVA_HOME and the PATH', async () => {
    const probe = machine({ [JDK17]: '17.0.2', [JDK11]: '11.0.1', [USR]: '21' }, { JAVA_HOME: '/opt/jdk11', PATH: '/usr/bin' });
    const found = await findJava('/opt/jdk17', probe);
    assert.deepEqual(found, { ok: true, executable: JDK17, version: 17, source: 'setting' });
  });

  it('uses JAVA_HOME when the setting is empty, then the PATH', async () => {
    const both = machine({ [JDK17]: '17', [USR]: '21' }, { JAVA_HOME: '/opt/jdk17', PATH: '/usr/bin' });
    assert.deepEqual(await findJava('  ', both), { ok: true, executable: JDK17, version: 17, source: 'JAVA_HOME' });
    const pathOnly = machine({ [USR]: '21.0.1' }, { PATH: '/nowhere:/usr/bin' });
    assert.deepEqual(await findJava(undefined, pathOnly), { ok: true, executable: USR, version: 21, source: 'PATH' });
  });

  it('says which setting to fix when it points at a folder without Java, and does not fall back', async () => {
    const probe = machine({ [USR]: '21' }, { PATH: '/usr/bin' });
    const found = await findJava('/opt/missing', probe);
    assert.equal(found.ok, false);
    assert.match(!found.ok ? found.message : '', /"decklint\.java\.home" is "\/opt\/missing", but there is no .*bin.java/);
    assert.deepEqual(probe.ran, []);
  });

  it('names JAVA_HOME when it is wrong', async () => {
    const found = await findJava('', machine({ [USR]: '21' }, { JAVA_HOME: '/opt/gone', PATH: '/usr/bin' }));
    assert.equal(found.ok, false);
    assert.match(!found.ok ? found.message : '', /JAVA_HOME is "\/opt\/gone"/);
  });

  it('refuses a Java older than 17 and says what to do', async () => {
    const found = await findJava('/opt/jdk11', machine({ [JDK11]: '11.0.1' }));
    assert.equal(found.ok, false);
    const message = !found.ok ? found.message : '';
    assert.match(message, /needs Java 17 or newer, but .*jdk11.* is Java 11/);
    assert.match(message, /decklint\.java\.home/);
    assert.match(message, /Restart Server/);
  });

  it('explains that no Java was found at all', async () => {
    const found = await findJava(undefined, machine({}, { PATH: '/usr/bin:/bin' }));
    assert.equal(found.ok, false);
    assert.match(!found.ok ? found.message : '', /needs Java 17 or newer to check decks, and found none\. Install Java 17/);
  });

  it('reports a Java that does not run', async () => {
    const probe: JavaProbe = {
      ...machine({ [USR]: '21' }, { PATH: '/usr/bin' }),
      versionOutput: async () => {
        throw new Error('spawn EACCES');
      },
    };
    const found = await findJava(undefined, probe);
    assert.equal(found.ok, false);
    assert.match(!found.ok ? found.message : '', /\/usr\/bin\/java \(from the PATH\) did not run: spawn EACCES/);
  });

  it('looks for java.exe on Windows', async () => {
    const exe = path.join('C:\\jdk', 'bin', 'java.exe');
    const probe: JavaProbe = { ...machine({ [exe]: '17' }), platform: 'win32' };
    const found = await findJava('C:\\jdk', probe);
    assert.equal(found.ok && found.executable, exe);
  });
});
