package io.decklint.server;

/**
 * The parameters of {@code decklint/render}: which open deck, and optionally the {@code frame} of the page the
 * editor shows for it, so that the answer can leave out a page the editor already has.
 */
public final class RenderParams {
    private String uri;
    private String frame;

    public RenderParams() {}

    public RenderParams(String uri) {
        this.uri = uri;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getFrame() {
        return frame;
    }

    public void setFrame(String frame) {
        this.frame = frame;
    }
}
