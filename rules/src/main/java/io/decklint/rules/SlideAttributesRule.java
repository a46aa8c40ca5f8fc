package io.decklint.rules;

import io.decklint.deck.AttributeComment;
import io.decklint.deck.AttributeComment.Target;
import io.decklint.deck.AttributeComments;
import io.decklint.deck.CommentAttribute;
import io.decklint.deck.HtmlComment;
import io.decklint.deck.Slide;
import io.decklint.lint.Fix;
import io.decklint.lint.RuleContext;
import io.decklint.lint.RuleMeta;
import io.decklint.lint.RuleOptions;
import io.decklint.lint.Severity;
import io.decklint.lint.SlideRule;
import io.decklint.rules.WrittenAttributes.Written;
import io.decklint.text.TextEdit;
import io.decklint.text.TextRange;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributes in {@code <!-- .slide: … -->} and {@code <!-- .element: … -->} comments that HedgeDoc 1.x drops
 * without a word. What HedgeDoc reads comes from {@link AttributeComments} (its exact patterns); what the author
 * meant comes from {@link WrittenAttributes}; every attribute in the second and not in the first is a finding
 * that says why.
 */
public final class SlideAttributesRule implements SlideRule {
    private static final RuleMeta META = new RuleMeta("slide-attributes", Severity.WARNING, true,
            "A .slide or .element comment holds attributes that HedgeDoc silently drops.");
    /** Where an author meant a marker: {@code .slide} or {@code .element}, any case, colon or not. */
    private static final Pattern MARKER = Pattern.compile("(?<![\\w.-])\\.(slide|element)(?![\\w-])(\\s*:)?",
            Pattern.CASE_INSENSITIVE);

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Whether to note where HedgeDoc 2 reads a comment differently (on by default). */
    static final String HEDGEDOC_2 = "hedgedoc2";

    @Override
    public List<String> options() {
        return List.of(HEDGEDOC_2);
    }

    @Override
    public void validate(RuleOptions options) {
        options.bool(HEDGEDOC_2, true);
    }

    @Override
    public void checkSlide(Slide slide, RuleContext context) {
        for (HtmlComment comment : slide.comments()) {
            String body = comment.body().shift(-slide.range().start()).of(slide.text());
            Matcher marker = MARKER.matcher(body);
            if (marker.find()) {
                check(comment, body, marker, context);
            }
        }
    }

    private static void check(HtmlComment comment, String body, Matcher marker, RuleContext context) {
        int base = comment.body().start();
        Optional<List<Written>> before = WrittenAttributes.read(body, 0, marker.start(), base);
        Optional<List<Written>> after = WrittenAttributes.read(body, marker.end(), body.length(), base);
        if (before.isEmpty() || after.isEmpty() || before.get().isEmpty() && after.get().isEmpty()) {
            return;
        }
        Target target = marker.group(1).equalsIgnoreCase("slide") ? Target.SLIDE : Target.ELEMENT;
        TextRange markerRange = new TextRange(base + marker.start(), base + marker.end());
        Optional<AttributeComment> read = AttributeComments.read(body, base, comment)
                .filter(r -> r.target() == target && r.marker().start() == markerRange.start());
        boolean exact = marker.group().equals(".slide:") || marker.group().startsWith(".element");
        if (read.isEmpty() && !exact) {
            reportMarker(comment, body, marker, target, markerRange, context);
            return;
        }
        if (read.isPresent() && target == Target.ELEMENT && marker.group(2) == null
                && context.options().bool(HEDGEDOC_2, true)) {
            reportMissingElementColon(comment, body, marker, read.get(), context);
        }
        int insertAt = read.map(r -> r.attributes().end()).orElse(markerRange.end());
        for (Written attribute : before.get()) {
            context.report(attribute.range(), "HedgeDoc drops `" + attribute.name() + "`: it reads attributes only "
                    + "after `" + marker.group().strip() + "`.", Fix.suggestion("Move it after the marker",
                            TextEdit.delete(attribute.range()),
                            TextEdit.insert(insertAt, " " + attribute.range().of(context.deck().text()))));
        }
        if (read.isEmpty()) {
            return;
        }
        AttributeComment hedgeDoc = read.get();
        new DroppedAttributes(hedgeDoc, context).check(after.get());
    }

    /**
     * HedgeDoc found no marker where the author wrote one: {@code .slide} without its colon, a capital letter,
     * a space before the colon. Nothing in the comment is applied.
     */
    private static void reportMarker(HtmlComment comment, String body, Matcher marker, Target target,
            TextRange markerRange, RuleContext context) {
        String correct = target == Target.SLIDE ? ".slide:" : marker.group(2) == null ? ".element" : ".element:";
        String written = marker.group();
        int after = marker.end();
        boolean spaced = after >= body.length() || Character.isWhitespace(body.charAt(after));
        String replacement = correct + (spaced ? "" : " ");
        String fixedBody = body.substring(0, marker.start()) + replacement + body.substring(after);
        boolean works = AttributeComments.read(fixedBody, 0, comment)
                .filter(r -> r.target() == target && r.marker().start() == marker.start()).isPresent();
        String message = "HedgeDoc ignores this comment: it reads " + (target == Target.SLIDE ? "slide" : "element")
                + " attributes only after `" + correct + "` written exactly so, not `" + written.strip() + "`.";
        if (works) {
            context.report(markerRange, message, Fix.safe("Write `" + correct + "`",
                    TextEdit.replace(markerRange, replacement)));
        } else {
            context.report(markerRange, message);
        }
    }

    /** HedgeDoc 2 reads {@code .element:} only; adding the colon changes nothing in 1.x when it checks out. */
    private static void reportMissingElementColon(HtmlComment comment, String body, Matcher marker,
            AttributeComment hedgeDoc, RuleContext context) {
        int end = marker.start() + ".element".length();
        String fixedBody = body.substring(0, end) + ":" + body.substring(end);
        List<String> now = names(hedgeDoc.applied());
        boolean same = AttributeComments.read(fixedBody, 0, comment)
                .map(r -> names(r.applied()).equals(now)).orElse(false);
        int base = comment.body().start();
        TextRange at = new TextRange(base + marker.start(), base + end);
        String message = "HedgeDoc 2 reads element attributes only after `.element:` (with a colon); HedgeDoc 1.x "
                + "reads both.";
        if (same) {
            context.report(Severity.INFO, at, message, Fix.safe("Add the colon", TextEdit.insert(at.end(), ":")));
        } else {
            context.report(Severity.INFO, at, message);
        }
    }

    private static List<String> names(List<CommentAttribute> attributes) {
        return attributes.stream().map(a -> a.appliedName() + "=" + a.value()).toList();
    }
}
