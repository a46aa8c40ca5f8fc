package io.decklint.lint;

/**
 * What a remote link answered: an HTTP status (after redirects) and content type, or why there was no answer.
 *
 * @param httpStatus the final HTTP status, or 0 when the server could not be reached
 * @param contentType the media type of the answer, or null when unknown
 * @param failure why there was no answer (a timeout, an unknown host), or null
 */
public record LinkStatus(int httpStatus, String contentType, String failure) {
    public static LinkStatus answered(int httpStatus, String contentType) {
        return new LinkStatus(httpStatus, contentType, null);
    }

    public static LinkStatus unreachable(String failure) {
        return new LinkStatus(0, null, failure);
    }

    public boolean reachable() {
        return httpStatus > 0;
    }

    public boolean ok() {
        return httpStatus >= 200 && httpStatus < 400;
    }

    /** 404 Not Found or 410 Gone: the resource is not there, which is no passing hiccup. */
    public boolean gone() {
        return httpStatus == 404 || httpStatus == 410;
    }
}
