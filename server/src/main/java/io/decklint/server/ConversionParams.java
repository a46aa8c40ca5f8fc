package io.decklint.server;

/** The parameters of {@code decklint/previewConversion}: which open deck, and the theme to convert it to. */
public final class ConversionParams {
    private String uri;
    private String theme;

    public ConversionParams() {}

    public ConversionParams(String uri, String theme) {
        this.uri = uri;
        this.theme = theme;
    }

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }
}
