package io.decklint.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which {@code href} and {@code src} values survive HedgeDoc 1.x's sanitiser, for the linter and for decklint's
 * own rendering. HedgeDoc runs js-xss over every
 * rendered slide ({@code public/js/reveal-markdown.js}: {@code preventXSS(md.render(markdown))}), with an
 * {@code onTagAttr} hook ({@code public/js/render.js}) that keeps a {@code src} matching its {@code linkRegex} or,
 * on images, its data-URI pattern. Any other value falls through to js-xss's {@code safeAttrValue}
 * ({@code lib/default.js} of the {@code xss} package, 1.0.15 in HedgeDoc), which keeps only values that start with
 * {@code http://}, {@code https://}, {@code mailto:}, {@code tel:}, {@code data:image/}, {@code ftp://},
 * {@code ./}, {@code ../}, {@code #} or {@code /}, and empties the rest: the image is left without a source.
 *
 * <p>So a relative path such as {@code images/a.png}, which works in a file browser and in plain reveal.js, is
 * emptied; {@code ./images/a.png} is kept. Both {@code linkRegex} versions are checked: the one HedgeDoc used up to
 * 1.10.3 (any {@code scheme://} but {@code javascript://}, or a leading {@code .} or {@code /}) and the one since
 * 1.10.4 (a fixed list of schemes, or a leading {@code ?}, {@code #}, {@code .} or {@code /}), and a value is
 * kept only when every version keeps it.
 */
public final class HedgeDocSanitizer {
    private static final List<Pattern> LINK_PATTERNS = List.of(
            Pattern.compile("^(?!javascript://)([\\w|-]+://)|^([.|/])+", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(?:\\?|#|\\.|/|https?://|(?:web\\+[a-z]+|bitcoin|ftp|ftps|geo|im|irc|ircs|magnet|mailto"
                    + "|matrix|mms|news|nntp|openpgp4fpr|sftp|sip|sms|smsto|ssh|tel|urn|webcal|wtai|xmpp):)",
                    Pattern.CASE_INSENSITIVE));
    private static final Pattern DATA_URI = Pattern.compile("^\\s*data:([a-z]+/[a-z0-9-+.]+(;[a-z-]+=[a-z0-9-]+)?)?"
            + "(;base64)?,([a-z0-9!$&',()*+;=\\-._~:@/?%\\s]*)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final List<String> SAFE_PREFIXES = List.of("http://", "https://", "mailto:", "tel:", "data:image/",
            "ftp://", "./", "../", "#", "/");

    private HedgeDocSanitizer() {}

    /** True when every HedgeDoc 1.x keeps this {@code src} on an {@code <img>}; {@code value} is the attribute as written. */
    public static boolean keepsImageSource(String value) {
        return !linkValue(value, true).isEmpty();
    }

    /**
     * What every HedgeDoc 1.x leaves of an {@code href} or {@code src} written as {@code value}: the value itself
     * when {@code linkRegex} (or, on an image's {@code src}, the data-URI pattern) lets it through, else
     * js-xss's cleaned value (control characters removed, trimmed) when it starts with a safe prefix
     * (case-sensitive), else an empty string.
     */
    public static String linkValue(String value, boolean imageSource) {
        if (LINK_PATTERNS.stream().allMatch(p -> p.matcher(value).find())
                || imageSource && DATA_URI.matcher(value).find()) {
            return value;
        }
        String friendly = withoutControlCharacters(value).strip();
        return SAFE_PREFIXES.stream().anyMatch(friendly::startsWith) ? friendly : "";
    }

    /** js-xss {@code clearNonPrintableCharacter}: characters below the space go, as browsers skip them in URLs. */
    public static String withoutControlCharacters(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
