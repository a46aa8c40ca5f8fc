package io.decklint.lint;

/**
 * What a remote link answered: an HTTP status (after redirects) and content type, or why there was no answer.
 *
 * @param httpStatus the final HTTP status, or 0 when the server could not be reached
 * @param contentType the media type of the answer, or null when unknown
 * @param failure why there was no answer (a timeout, an unknown host), or why nothing was asked; or null
 * @param refused true when the link was not looked up on purpose (it leads to a private address)
 */
public record LinkStatus(int httpStatus, String contentType, String failure, boolean refused) {
    public static LinkStatus answered(int httpStatus, String contentType) {
        return new LinkStatus(httpStatus, contentType, null, false);
    }

    public static LinkStatus unreachable(String failure) {
        return new LinkStatus(0, null, failure, false);
    }

    /** Not looked up, because the link (or a redirect) leads to an address that must not be asked. */
    public static LinkStatus notChecked(String reason) {
        return new LinkStatus(0, null, reason, true);
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
