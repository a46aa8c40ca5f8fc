// Puts the language server jar into dist/server/, where the extension starts it from. The jar comes from the
// server module's build (Maven builds server/ before vscode-client/); DECKLINT_SERVER_JAR names another one. Beside it
// go the launchers' JVM options, whose lsp= line the extension starts it with.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const source = resolve(process.env.DECKLINT_SERVER_JAR || '../server/target/decklint-server.jar');
const target = resolve('dist/server/decklint-server.jar');
if (!existsSync(source)) {
  console.error(`decklint: the language server jar ${source} does not exist. ` +
    'Build it first (mvn -B package -pl server -am), or set DECKLINT_SERVER_JAR to a server jar.');
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
// The JVM options decklint's launchers use (the archive ships the same file as lib/java-options).
copyFileSync(resolve('../cli/src/main/resources/io/decklint/cli/java-options'), resolve(dirname(target), 'java-options'));
console.log(`decklint: bundled ${source}`);
