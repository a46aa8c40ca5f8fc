#!/usr/bin/env node
// Runs decklint from the platform package npm installed beside this one (an optional dependency chosen by npm
// from its "os", "cpu" and "libc" fields), with the same arguments and terminal, and ends the way decklint ended.
'use strict';

const { spawn } = require('node:child_process');
const path = require('node:path');
const { optionalDependencies } = require('../package.json');

// decklint's own exit status for a run that could not check anything
const EXIT_TROUBLE = 2;

const platformPackage = `@decklint/${process.platform}-${process.arch}`;

function fail(message) {
  process.stderr.write(`decklint: ${message}\n`);
  process.exit(EXIT_TROUBLE);
}

const supported = () => Object.keys(optionalDependencies).map((name) => name.replace('@decklint/', '')).join(', ');

// Checked before looking for the platform package: npm before 10, Yarn 1 and lockfiles written on glibc install
// the Linux package on musl too, whose Java would then fail with only "java: not found".
function refuseMusl() {
  process.report.excludeNetwork = true;
  if (process.platform === 'linux' && !process.report.getReport().header.glibcVersionRuntime) {
    fail('decklint is not published for Linux with musl libc (Alpine, say): its Java runtime needs glibc.\n' +
      `It is published for ${supported()}, the Linux ones for glibc.`);
  }
}

function findPlatformFolder() {
  try {
    return path.dirname(require.resolve(`${platformPackage}/package.json`));
  } catch {
    if (!Object.hasOwn(optionalDependencies, platformPackage)) {
      fail(`decklint is not published for this platform (${process.platform}-${process.arch}).\n` +
        `It is published for ${supported()}.`);
    }
    fail(`the package ${platformPackage}, which holds decklint for this platform, is not installed.\n` +
      'npm leaves it out when optional dependencies are omitted (--omit=optional, --no-optional) or when a\n' +
      'package-lock.json written on another platform lacks it: install decklint again without that, or add\n' +
      `${platformPackage}@${optionalDependencies[platformPackage]} to the dependencies.\n` +
      `decklint is published for ${supported()}.`);
  }
}

// Windows can start the archive's decklint.cmd only through cmd.exe, which reads the line twice (once for the
// call, once more where the script passes %* on to Java): each argument is quoted the way programs split their
// command line, then cmd.exe's special characters are escaped once for each reading (https://qntm.org/cmd).
// The script's own path is only quoted: inside quotes cmd.exe leaves & | < > ( ) alone.
function windowsCommand(script, args) {
  const escapeForCmd = (text) => text.replace(/[()%!^"<>&|]/g, '^$&');
  const quote = (arg) => `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
  const line = [`"${script}"`, ...args.map((arg) => escapeForCmd(escapeForCmd(quote(arg))))].join(' ');
  return ['cmd.exe', ['/d', '/s', '/c', `"${line}"`], { windowsVerbatimArguments: true }];
}

function run() {
  refuseMusl();
  const folder = findPlatformFolder();
  const args = process.argv.slice(2);
  const [command, commandArgs, options] = process.platform === 'win32'
    ? windowsCommand(path.join(folder, 'bin', 'decklint.cmd'), args)
    : [path.join(folder, 'bin', 'decklint'), args, {}];
  const child = spawn(command, commandArgs, { ...options, stdio: 'inherit' });

  // A signal sent to this process alone (a supervisor's SIGTERM, say) goes on to decklint, which then ends.
  const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const forward = (signal) => child.kill(signal);
  for (const signal of forwarded) process.on(signal, forward);

  child.on('error', (error) => fail(`could not start ${command}: ${error.message}`));
  child.on('exit', (code, signal) => {
    for (const s of forwarded) process.off(s, forward);
    if (signal) {
      // end by the same signal, so that whoever started npx sees what happened to decklint
      process.kill(process.pid, signal);
    } else {
      process.exit(code);
    }
  });
}

run();
