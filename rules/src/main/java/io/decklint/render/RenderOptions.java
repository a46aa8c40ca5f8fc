package io.decklint.render;

/**
 * How a rendered page gets its reveal.js files and runs its scripts. The default, {@link #standalone()}, is one
 * self-contained file: everything inline, scripts allowed by their hashes in the page's Content-Security-Policy.
 *
 * @param assetBase where the bundled files are served ({@code assets/} or {@code http://…/}), or null to inline
 *     them; see {@link RevealAssets#files}
 * @param assetSource the Content-Security-Policy source that matches {@code assetBase} ({@code 'self'} when
 *     null), for instance a VS Code webview's {@code cspSource}
 * @param nonce a fresh nonce to allow the page's scripts by, instead of their hashes, or null
 * @param hostScript a trusted script of the host to run after reveal.js starts (live reload, editor glue), or
 *     null
 * @param connectSource where {@code hostScript} may connect (for instance {@code 'self'}), or null for nowhere
 * @param title the page title when the deck's front matter has none
 */
public record RenderOptions(String assetBase, String assetSource, String nonce, String hostScript,
        String connectSource, String title) {

    public static RenderOptions standalone() {
        return new RenderOptions(null, null, null, null, null, "Slides");
    }

    /** Links the bundled files under {@code base} instead of inlining them. */
    public RenderOptions withAssetsAt(String base, String cspSource) {
        return new RenderOptions(base.endsWith("/") ? base : base + "/", cspSource, nonce, hostScript,
                connectSource, title);
    }

    public RenderOptions withNonce(String value) {
        return new RenderOptions(assetBase, assetSource, value, hostScript, connectSource, title);
    }

    public RenderOptions withHostScript(String script, String connectTo) {
        return new RenderOptions(assetBase, assetSource, nonce, script, connectTo, title);
    }

    public RenderOptions withTitle(String value) {
        return new RenderOptions(assetBase, assetSource, nonce, hostScript, connectSource, value);
    }

    boolean inlineAssets() {
        return assetBase == null;
    }
}
