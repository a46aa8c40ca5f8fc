package io.decklint.cli;

import io.decklint.server.ServerMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code decklint lsp}: the language server, for editors. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Runs the language server: LSP over standard input and output, for an editor.",
            "See docs/lsp.md for Neovim, VS Code and other editors."})
final class LspCommand implements Callable<Integer> {
    @Option(names = "--stdio", description = "Talk over standard input and output (the default).")
    boolean stdio;

    @Option(names = "--socket", paramLabel = "PORT",
            description = "Wait for one editor on 127.0.0.1:PORT instead, for debugging (0: any free port).")
    Integer port;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        if (port != null) {
            args.add("--socket");
            args.add(String.valueOf(port));
        }
        return ServerMain.run(args.toArray(String[]::new));
    }
}
