package io.decklint.rules;

import io.decklint.deck.FrontMatter;
import io.decklint.hedgedoc.RevealOptions;
import io.decklint.hedgedoc.RevealOptions.Option;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.lint.Severity;
import io.decklint.text.EditDistance;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import io.decklint.yaml.JsYaml;
import io.decklint.yaml.JsYaml.Kind;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Checks one {@code slideOptions} value against what reveal.js 3.9.2 does with it ({@code js/reveal.js}). A
 * value reveal.js works with stays silent, even when it is not the documented type: reveal.js tests most
 * switches for truthiness and does arithmetic with numbers, so {@code width: '1400'} works. What is reported
 * is a value that does something else than it says: a text {@code 'false'} is true, {@code 1400px} breaks
 * the layout, an unknown transition has no styles.
 */
final class OptionValues {
    private static final List<String> FALSE_WORDS = List.of("false", "no", "off", "n", "0");
    private static final List<String> SLIDE_NUMBER_FORMATS = List.of("h.v", "h/v", "c", "c/t");
    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*px\\s*");
    private static final Pattern PERCENT = Pattern.compile("\\s*\\d+(\\.\\d*)?\\s*%\\s*");

    private final FrontMatter frontMatter;
    private final RuleContext context;

    OptionValues(FrontMatter frontMatter, RuleContext context) {
        this.frontMatter = frontMatter;
        this.context = context;
    }

    /** A text that an author writes for "off", but that JavaScript takes as true. */
    static boolean meansFalse(String text) {
        return text != null && FALSE_WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    void check(Option option, Node key, Node value) {
        Kind kind = JsYaml.kind(value);
        if (kind == Kind.NULL) {
            checkEmpty(option, key);
            return;
        }
        switch (option.type()) {
            case BOOLEAN -> checkBoolean(option, value, kind, "true or false");
            case KEYBOARD -> {
                if (kind != Kind.MAPPING) {
                    checkBoolean(option, value, kind, "true, false or a mapping of keys");
                }
            }
            case TRISTATE -> checkTristate(option, value, kind);
            case NUMBER, STRICT_NUMBER -> checkNumber(option, value, kind);
            case SIZE -> checkSize(option, value, kind);
            case AUTO_SLIDE -> checkAutoSlide(option, value, kind);
            case CHOICE -> checkChoice(option, value, kind);
            case SLIDE_NUMBER -> checkSlideNumber(option, value, kind);
            case SHOW_NOTES -> checkShowNotes(option, value, kind);
            case TEXT -> {
                if (kind == Kind.MAPPING || kind == Kind.SEQUENCE) {
                    report(value, "`" + option.name() + "` takes a text, not a list or mapping: reveal.js cannot "
                            + "use this value.");
                }
            }
            case THEME -> checkTheme(value);
        }
    }

    /** An empty value is null, which HedgeDoc passes on (slide.js drops only undefined values). */
    private void checkEmpty(Option option, Node key) {
        if (option.nullable()) {
            return;
        }
        if (option.type() == RevealOptions.Type.BOOLEAN || option.type() == RevealOptions.Type.KEYBOARD
                || option.type() == RevealOptions.Type.SLIDE_NUMBER) {
            if (option.onByDefault()) {
                report(key, "`" + option.name() + "` has no value: HedgeDoc passes null, which "
                        + "reveal.js takes as false, so this turns `" + option.name() + "` off.");
            }
            return;
        }
        if (option.type() != RevealOptions.Type.SHOW_NOTES && option.type() != RevealOptions.Type.THEME) {
            report(key, "`" + option.name() + "` has no value: HedgeDoc passes null to reveal.js "
                    + "instead of its default. Give it a value or delete the line.");
        }
    }

    private void checkBoolean(Option option, Node value, Kind kind, String expected) {
        if (kind == Kind.BOOLEAN || kind == Kind.NUMBER) {
            return;
        }
        if (kind == Kind.STRING) {
            String text = FrontMatterKeys.text(value);
            if (meansFalse(text)) {
                reportTextIsTrue(option, value, text);
            } else if (!List.of("true", "yes", "on", "y").contains(text.strip().toLowerCase(Locale.ROOT))) {
                report(value, "`" + option.name() + "` takes " + expected + ": reveal.js takes the text `" + text
                        + "` as true.");
            }
            return;
        }
        report(value, "`" + option.name() + "` takes " + expected + ", not " + describe(kind) + ".");
    }

    /** autoPlayMedia and preloadIframes: reveal.js acts only on a real boolean ({@code typeof === 'boolean'}). */
    private void checkTristate(Option option, Node value, Kind kind) {
        if (kind == Kind.BOOLEAN) {
            return;
        }
        String text = FrontMatterKeys.text(value);
        TextRange at = frontMatter.rangeOf(value);
        String message = "`" + option.name() + "` takes true or false: reveal.js ignores "
                + (kind == Kind.STRING ? "the text `" + written(value) + "`" : describe(kind))
                + " and keeps its default.";
        String word = kind == Kind.STRING ? booleanWord(text) : null;
        if (word != null) {
            context.report(at, message, Fix.safe("Write `" + word + "`", TextEdit.replace(at, word)));
        } else {
            context.report(at, message);
        }
    }

    private void checkNumber(Option option, Node value, Kind kind) {
        OptionalDouble number = JsYaml.number(value);
        String text = FrontMatterKeys.text(value);
        if (number.isEmpty() && kind == Kind.STRING) {
            number = JsYaml.numericText(text);
            if (number.isPresent() && option.type() == RevealOptions.Type.STRICT_NUMBER) {
                TextRange at = frontMatter.rangeOf(value);
                String plain = text.strip();
                context.report(at, "`" + option.name() + "` must be a number without quotes: reveal.js ignores "
                        + "the text `" + written(value) + "`.",
                        Fix.safe("Write " + plain, TextEdit.replace(at, plain)));
                return;
            }
        }
        if (number.isEmpty()) {
            report(value, "`" + option.name() + "` takes a number: reveal.js cannot use "
                    + (kind == Kind.STRING ? "`" + text + "`" : describe(kind)) + ".");
            return;
        }
        checkRange(option, value, number.getAsDouble());
    }

    private void checkRange(Option option, Node value, double number) {
        if (number >= option.min() && number < option.maxExclusive()) {
            return;
        }
        String shown = FrontMatterKeys.text(value);
        if (option.name().equals("margin")) {
            report(value, "`margin` is the fraction of the window left empty around the slide (0.04 is 4%), "
                    + "between 0 and 1: " + shown + (number >= 1 ? " leaves no room for the slide." : " is not."));
        } else if (option.min() > 0 && option.min() < 1) {
            report(value, "`" + option.name() + "` must be greater than 0, not " + shown + ".");
        } else {
            report(value, "`" + option.name() + "` must be at least " + (long) option.min() + ", not " + shown
                    + ".");
        }
    }

    /** reveal.js 3.9 takes width and height as pixels (a number) or as a text ending in %. */
    private void checkSize(Option option, Node value, Kind kind) {
        String text = FrontMatterKeys.text(value);
        if (kind == Kind.NUMBER) {
            if (JsYaml.number(value).orElse(0) <= 0) {
                report(value, "`" + option.name() + "` must be greater than 0, not " + text + ".");
            }
            return;
        }
        if (kind == Kind.STRING && (PERCENT.matcher(text).matches() || JsYaml.numericText(text).isPresent())) {
            return;
        }
        TextRange at = frontMatter.rangeOf(value);
        String message = "`" + option.name() + "` takes pixels as a number (`1280`) or a percentage (`'100%'`): "
                + "reveal.js cannot lay out the slides with " + (kind == Kind.STRING ? "`" + text + "`"
                        : describe(kind)) + ".";
        Matcher pixels = kind == Kind.STRING ? PIXELS.matcher(text) : null;
        if (pixels != null && pixels.matches()) {
            context.report(at, message, Fix.safe("Write " + pixels.group(1), TextEdit.replace(at, pixels.group(1))));
        } else {
            context.report(at, message);
        }
    }

    /** autoSlide is a delay in milliseconds; true would become a 1 ms delay. */
    private void checkAutoSlide(Option option, Node value, Kind kind) {
        if (kind == Kind.BOOLEAN) {
            if (JsYaml.bool(value).orElse(false)) {
                report(value, "`autoSlide` takes milliseconds (`5000`) or false: true makes reveal.js move on "
                        + "after 1 ms.");
            }
            return;
        }
        checkNumber(option, value, kind);
    }

    private void checkChoice(Option option, Node value, Kind kind) {
        String text = FrontMatterKeys.text(value);
        if (kind == Kind.STRING && option.words().contains(text)) {
            return;
        }
        TextRange at = frontMatter.rangeOf(value);
        String choices = String.join(", ", option.name().equals("transition")
                ? option.words().subList(0, 6) : option.words());
        if (kind != Kind.STRING && kind != Kind.NUMBER) {
            context.report(at, "`" + option.name() + "` takes one of " + choices + ", not " + describe(kind) + ".");
            return;
        }
        if (option.name().equals("transition") && (text.isBlank() || text.strip().contains(" "))) {
            // Reveal.configure passes it to classList.add, which throws on a space or an empty text.
            context.report(Severity.ERROR, at, "reveal.js cannot start with `transition: " + text + "`: it takes "
                    + "a single transition, one of " + choices + " (per-slide in/out pairs go in "
                    + "`data-transition`).");
            return;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String message = "reveal.js 3.9 has no " + option.name() + " `" + text + "`, so none of its styles apply"
                + ": use one of " + choices + ".";
        if (option.words().contains(lower)) {
            context.report(at, message, Fix.safe("Write `" + lower + "`", TextEdit.replace(at, lower)));
            return;
        }
        EditDistance.closest(text, option.words(), 2).ifPresentOrElse(
                guess -> context.report(at, message, Fix.suggestion("Change it to `" + guess + "`",
                        TextEdit.replace(at, guess))),
                () -> context.report(at, message));
    }

    private void checkSlideNumber(Option option, Node value, Kind kind) {
        if (kind == Kind.BOOLEAN || kind == Kind.NUMBER) {
            return;
        }
        String text = FrontMatterKeys.text(value);
        if (kind == Kind.STRING && SLIDE_NUMBER_FORMATS.contains(text)) {
            return;
        }
        if (kind == Kind.STRING && meansFalse(text)) {
            reportTextIsTrue(option, value, text);
            return;
        }
        report(value, "`slideNumber` takes true, false or a format (h.v, h/v, c, c/t): reveal.js shows "
                + (kind == Kind.STRING ? "`" + text + "`" : describe(kind)) + " as h.v.");
    }

    /** showNotes: true shows the notes to everyone; a text names a print layout. */
    private void checkShowNotes(Option option, Node value, Kind kind) {
        String text = FrontMatterKeys.text(value);
        if (kind == Kind.STRING && meansFalse(text)) {
            reportTextIsTrue(option, value, text);
        } else if (kind == Kind.MAPPING || kind == Kind.SEQUENCE) {
            report(value, "`showNotes` takes true, false or `separate-page`, not " + describe(kind) + ".");
        }
    }

    /** HedgeDoc's server links the theme only if reveal.js ships it (lib/web/note/util.js isRevealTheme). */
    private void checkTheme(Node value) {
        String text = FrontMatterKeys.text(value);
        if (text != null && RevealOptions.THEMES.contains(text)) {
            return;
        }
        TextRange at = frontMatter.rangeOf(value);
        String shown = text == null ? "this value" : "`" + text + "`";
        String message = "reveal.js 3.9, which HedgeDoc 1.x ships, has no theme " + shown
                + ", so HedgeDoc uses the black theme. Themes: " + String.join(", ", RevealOptions.THEMES) + ".";
        if (text == null) {
            context.report(at, message);
        } else if (RevealOptions.THEMES.contains(text.toLowerCase(Locale.ROOT))) {
            String lower = text.toLowerCase(Locale.ROOT);
            context.report(at, message, Fix.safe("Write `" + lower + "`", TextEdit.replace(at, lower)));
        } else {
            EditDistance.closest(text, RevealOptions.THEMES, 2).ifPresentOrElse(
                    guess -> context.report(at, message, Fix.suggestion("Change it to `" + guess + "`",
                            TextEdit.replace(at, guess))),
                    () -> context.report(at, message));
        }
    }

    private void reportTextIsTrue(Option option, Node value, String text) {
        TextRange at = frontMatter.rangeOf(value);
        context.report(at, "`" + option.name() + ": " + written(value) + "` is read as the text \"" + text.strip()
                + "\", which reveal.js takes as true: write `false`.",
                Fix.safe("Write `false`", TextEdit.replace(at, "false")));
    }

    private static String booleanWord(String text) {
        if (meansFalse(text)) {
            return "false";
        }
        return List.of("true", "yes", "on", "y", "1").contains(text.strip().toLowerCase(Locale.ROOT)) ? "true"
                : null;
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case MAPPING -> "a mapping";
            case SEQUENCE -> "a list";
            case DATE -> "a date";
            case BOOLEAN -> "true or false";
            case NUMBER -> "a number";
            case NULL -> "an empty value";
            case STRING -> "a text";
        };
    }

    /** The value as the author wrote it, quotes included. */
    private String written(Node value) {
        return frontMatter.rangeOf(value).of(context.deck().text());
    }

    private void report(Node value, String message) {
        context.report(frontMatter.rangeOf(value), message);
    }
}
