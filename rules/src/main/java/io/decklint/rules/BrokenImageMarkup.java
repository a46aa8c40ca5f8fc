package io.decklint.rules;

import io.decklint.lint.DeckFiles;
import io.decklint.lint.Fix;
import io.decklint.markdown.InlineImage;
import io.decklint.markdown.LinkSyntax;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says why {@code ![…]} markup is not an image in HedgeDoc, and how to make it one. Every repair is checked by
 * parsing the repaired markup again: a fix that would not give an image is not offered.
 */
final class BrokenImageMarkup {
    private static final Pattern SPACE_AFTER_EQUALS = Pattern.compile("(\\s)=[ \\t]+([\\dx%].*)$");
    private static final Pattern SIZE_WITHOUT_X = Pattern.compile("(\\s)=(\\d+%?)\\s*$");
    private static final Pattern SIZE_WITH_WRONG_X = Pattern.compile("(\\s)=(\\d*%?)[X×*](\\d*%?)\\s*$");
    private static final Pattern SIZE_IN_PIXELS = Pattern.compile("(\\s)=(\\d+)px(?:x(\\d+)px)?\\s*$");
    private static final Pattern SIZE_BEFORE_TITLE = Pattern.compile("^(\\S+)(\\s+)(=\\S+)(\\s+)(\"[^\"]*\"|'[^']*')\\s*$");
    private static final Pattern TITLE_GLUED_TO_SIZE = Pattern.compile("(\"[^\"]*\"|'[^']*')(=[\\dx%]+)\\s*$");
    private static final Pattern TRAILING_TITLE_OR_SIZE = Pattern.compile(
            "(\\s+(\"[^\"]*\"|'[^']*'))?(\\s+=[\\dx%]+)?\\s*$");
    private static final String AS_TEXT = "HedgeDoc shows the markup as text.";

    /** What is wrong with one piece of markup, where, and the fixes that make it an image. */
    record Diagnosis(TextRange at, String message, List<Fix> fixes) {}

    private final String text;
    private final DeckFiles files;

    BrokenImageMarkup(String text, DeckFiles files) {
        this.text = text;
        this.files = files;
    }

    Diagnosis diagnose(SlideImages.Broken broken) {
        int start = broken.start();
        int afterLabel = broken.labelEnd() + 1;
        int lineEnd = lineEnd(afterLabel, broken.limit());
        if (afterLabel < lineEnd && text.charAt(afterLabel) == '(') {
            return diagnoseParentheses(start, afterLabel, lineEnd, broken.limit());
        }
        int paren = afterLabel;
        while (paren < lineEnd && (text.charAt(paren) == ' ' || text.charAt(paren) == '\t')) {
            paren++;
        }
        String label = referenceLabel(start, broken.labelEnd(), broken.limit());
        if (paren > afterLabel && paren < lineEnd && text.charAt(paren) == '(') {
            TextEdit join = TextEdit.delete(new TextRange(afterLabel, paren));
            List<Fix> fixes = parsesWith(start, broken.limit(), join)
                    ? List.of(Fix.safe("Remove the space before '('", join)) : List.of();
            return new Diagnosis(new TextRange(start, paren), // up to the '(', with the space the fix deletes
                    "This image has a space between ']' and '(': " + AS_TEXT, fixes);
        }
        return new Diagnosis(new TextRange(start, afterLabel), "Image reference [" + label.strip() + "] has no "
                + "definition on this slide (HedgeDoc renders each slide on its own): " + AS_TEXT, List.of());
    }

    private Diagnosis diagnoseParentheses(int start, int open, int lineEnd, int limit) {
        int close = closingParenthesis(open, lineEnd);
        if (close < 0) {
            int end = lineEnd;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            TextEdit closeIt = TextEdit.insert(end, ")");
            List<Fix> fixes = parsesWith(start, limit, closeIt) ? List.of(Fix.safe("Add the closing ')'", closeIt))
                    : List.of();
            return new Diagnosis(new TextRange(start, end), "This image is missing its closing ')': " + AS_TEXT, fixes);
        }
        TextRange at = new TextRange(start, close + 1);
        String inner = text.substring(open + 1, close);
        int innerStart = open + 1;
        return sizeProblem(at, inner, innerStart, limit)
                .or(() -> refusedScheme(at, inner))
                .or(() -> spaces(at, inner, innerStart, limit))
                .orElse(new Diagnosis(at, "This image markup does not parse: " + AS_TEXT, List.of()));
    }

    private Optional<Diagnosis> sizeProblem(TextRange at, String inner, int innerStart, int limit) {
        Matcher m = SPACE_AFTER_EQUALS.matcher(inner);
        if (m.find()) {
            String size = "=" + m.group(2).strip();
            return repair(at, limit, innerStart + m.start(), inner.length() - m.start(), m.group(1) + size, true,
                    "There is a space after '=' in the image size: HedgeDoc needs it written together, as '" + size
                            + "'; " + AS_TEXT, "Remove the space after '='");
        }
        m = SIZE_WITHOUT_X.matcher(inner);
        if (m.find()) {
            String size = "=" + m.group(2) + "x";
            return repair(at, limit, innerStart + m.start(), inner.length() - m.start(), m.group(1) + size, false,
                    "'=" + m.group(2) + "' is not an image size HedgeDoc knows: it needs an 'x', as in '" + size
                            + "' (width) or '=x" + m.group(2) + "' (height); " + AS_TEXT, "Make it the width, " + size);
        }
        m = SIZE_WITH_WRONG_X.matcher(inner);
        if (m.find()) {
            String size = "=" + m.group(2) + "x" + m.group(3);
            return repair(at, limit, innerStart + m.start(), inner.length() - m.start(), m.group(1) + size, true,
                    "HedgeDoc reads an image size only with a lowercase 'x', as in '" + size + "': " + AS_TEXT,
                    "Write " + size);
        }
        m = SIZE_IN_PIXELS.matcher(inner);
        if (m.find()) {
            String size = "=" + m.group(2) + "x" + (m.group(3) != null ? m.group(3) : "");
            return repair(at, limit, innerStart + m.start(), inner.length() - m.start(), m.group(1) + size, false,
                    "HedgeDoc reads image sizes without units, as in '" + size + "' (pixels): " + AS_TEXT,
                    "Write " + size);
        }
        m = SIZE_BEFORE_TITLE.matcher(inner);
        if (m.find()) {
            String reordered = m.group(1) + " " + m.group(5) + " " + m.group(3);
            return repair(at, limit, innerStart, inner.length(), reordered, true,
                    "The image size must come after the title, as in ![](src \"title\" =WxH): " + AS_TEXT,
                    "Put the size after the title");
        }
        m = TITLE_GLUED_TO_SIZE.matcher(inner);
        if (m.find()) {
            return repair(at, limit, innerStart + m.end(1), 0, " ", true,
                    "The image size needs a space before '=': " + AS_TEXT, "Add a space before '='");
        }
        return Optional.empty();
    }

    private Optional<Diagnosis> refusedScheme(TextRange at, String inner) {
        Optional<LinkSyntax.Token> destination = LinkSyntax.destination(inner.strip(), 0, inner.strip().length());
        if (destination.isEmpty() || LinkSyntax.isAllowedUrl(destination.get().value())) {
            return Optional.empty();
        }
        String url = destination.get().value();
        String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
        String message = switch (scheme) {
            case "file" -> "'" + url + "' is a file on your own computer, which nobody else can load: " + AS_TEXT
                    + " Put the image next to the deck and give its relative path, or upload it.";
            case "data" -> "HedgeDoc takes data: images only as gif, png, jpeg or webp: " + AS_TEXT;
            default -> "HedgeDoc does not take " + scheme + ": as an image source: " + AS_TEXT;
        };
        return Optional.of(new Diagnosis(at, message, List.of()));
    }

    /** Spaces in the path: each becomes %20, safely when the file that names is there. */
    private Optional<Diagnosis> spaces(TextRange at, String inner, int innerStart, int limit) {
        String trimmed = inner.strip();
        int pathStart = inner.indexOf(trimmed);
        Matcher tail = TRAILING_TITLE_OR_SIZE.matcher(trimmed);
        String path = trimmed;
        for (int cut = 0; cut < trimmed.length(); cut++) {
            if (Character.isWhitespace(trimmed.charAt(cut)) && tail.region(cut, trimmed.length()).matches()) {
                path = trimmed.substring(0, cut);
                break;
            }
        }
        if (!path.contains(" ")) {
            return Optional.empty();
        }
        String encoded = path.replace(" ", "%20");
        boolean certain = files.known() && files.exists(ImageSources.localPath(path));
        String message = "The image path '" + path + "' contains spaces: " + AS_TEXT + " Write '" + encoded + "'.";
        return repair(at, limit, innerStart + pathStart, path.length(), encoded, certain, message,
                "Write the spaces as %20");
    }

    /** A diagnosis with a fix replacing {@code length} characters at {@code offset}, if that makes an image. */
    private Optional<Diagnosis> repair(TextRange at, int limit, int offset, int length, String replacement,
            boolean safe, String message, String title) {
        TextEdit edit = new TextEdit(offset, length, replacement);
        List<Fix> fixes = parsesWith(at.start(), limit, edit)
                ? List.of(safe ? Fix.safe(title, edit) : Fix.suggestion(title, edit)) : List.of();
        return Optional.of(new Diagnosis(at, message, fixes));
    }

    /** True when the markup at {@code start} is an image once {@code edit} is applied. */
    private boolean parsesWith(int start, int limit, TextEdit edit) {
        String fixed = text.substring(start, edit.offset()) + edit.replacement() + text.substring(edit.end(), limit);
        return InlineImage.parse(fixed, 0, fixed.length()).isPresent();
    }

    /** The label a reference image looks up: the second brackets' content, or else the alt text. */
    private String referenceLabel(int start, int labelEnd, int limit) {
        int next = LinkSyntax.skipSpaces(text, labelEnd + 1, limit);
        if (next < limit && text.charAt(next) == '[') {
            int end = LinkSyntax.labelEnd(text, next, limit);
            if (end > next + 1) {
                return text.substring(next + 1, end);
            }
        }
        return text.substring(start + 2, labelEnd);
    }

    private int closingParenthesis(int open, int lineEnd) {
        int level = 0;
        for (int i = open + 1; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                level++;
            } else if (c == ')' && level-- == 0) {
                return i;
            }
        }
        return -1;
    }

    private int lineEnd(int from, int limit) {
        int end = from;
        while (end < limit && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }
}
