package io.decklint.cli.preview;

/**
 * The preview page as it stands: its HTML, the policy to send with it, and a version that changes when the
 * page does (so an open page knows to reload).
 */
public record PreviewPage(String html, String contentSecurityPolicy, String version) {}
