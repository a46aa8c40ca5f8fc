package io.decklint.server;

import io.decklint.lint.Diagnostic;
import io.decklint.lint.Severity;
import io.decklint.text.SourceText;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** A finding as LSP shows it: the rule's id as its code, linked to the rule's doc page. */
final class DiagnosticMapper {
    static final String SOURCE = "decklint";

    private final RuleDocs docs;

    DiagnosticMapper(RuleDocs docs) {
        this.docs = docs;
    }

    org.eclipse.lsp4j.Diagnostic toLsp(SourceText source, Diagnostic finding) {
        org.eclipse.lsp4j.Diagnostic diagnostic = new org.eclipse.lsp4j.Diagnostic(
                Positions.range(source, finding.range()), finding.message(), severity(finding.severity()), SOURCE);
        diagnostic.setCode(Either.forLeft(finding.rule()));
        docs.link(finding.rule()).ifPresent(link -> diagnostic.setCodeDescription(new DiagnosticCodeDescription(link)));
        return diagnostic;
    }

    static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
        };
    }
}
