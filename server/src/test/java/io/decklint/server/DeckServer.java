package io.decklint.server;

import org.eclipse.lsp4j.services.LanguageServer;

/** The server as a client sees it: the standard requests and decklint's own. */
public interface DeckServer extends LanguageServer, DecklintProtocol {}
