package io.decklint.server;

/** The parameters of {@code decklint/render}: which open deck. */
public final class RenderParams {
    private String uri;

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
}
