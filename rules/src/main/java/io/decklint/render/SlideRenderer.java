package io.decklint.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders one slide's Markdown as HedgeDoc's slide view does in {@code convertSlides}
 * ({@code public/js/reveal-markdown.js}): the slide text's quirks ({@link SlideText}), markdown-it
 * ({@link HedgeDocMarkdown}), js-xss ({@link HtmlSanitizer}), {@code postProcess}'s wrapper {@code <div>}
 * ({@code public/js/extra.js}: everything after a stray {@code </div>} that closes it early is lost, as in
 * HedgeDoc), {@code .slide}/{@code .element} comments ({@link AttributeComments}) and the parts of
 * {@code finishView} that change a static page: task-list checkboxes and sandboxed iframes.
 */
final class SlideRenderer {
    private static final Pattern TASK = Pattern.compile("^\\s*\\[([xX ])]\\s*");

    private SlideRenderer() {}

    /**
     * @param markdown the slide's Markdown without its notes
     * @param notes the speaker notes after {@code note:}, or null
     */
    static RenderedSlide render(String markdown, String notes) {
        if (notes != null && NotesInOpenFence.endsInOpenFence(markdown)) {
            return render(NotesInOpenFence.withNotesAsCode(markdown, notes), null);
        }
        String html = JsXssTags.escapeUnlistedTags(HedgeDocMarkdown.toHtml(SlideText.prepare(markdown)));
        Document document = Jsoup.parseBodyFragment("<div>" + html + "</div>");
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Element wrapper = body.child(0);
        Element section = document.createElement("section");
        body.empty();
        body.appendChild(section);
        section.appendChild(wrapper);
        HtmlSanitizer.cleanChildren(wrapper);
        String notesHtml = notes == null ? ""
                : JsXssTags.escapeUnlistedTags(HedgeDocMarkdown.toHtml(SlideText.prepare(notes)));
        if (notes != null) {
            Element aside = wrapper.appendElement("aside").addClass("notes");
            aside.html(notesHtml);
            HtmlSanitizer.cleanChildren(aside);
        }
        AttributeCommentApplier.apply(section, wrapper);
        finish(wrapper, html + notesHtml);
        return new RenderedSlide(section.attributes().html(), wrapper.outerHtml());
    }

    /** {@code source} is what the tree was built from: a quick look there spares walking it for nothing. */
    private static void finish(Element wrapper, String source) {
        if (source.contains("<!--")) {
            List<Node> comments = new ArrayList<>();
            wrapper.forEachNode(node -> {
                if (node instanceof Comment) {
                    comments.add(node);
                }
            });
            comments.forEach(Node::remove);
        }
        if (source.toLowerCase(Locale.ROOT).contains("<iframe")) {
            // finishView sandboxes every iframe
            for (Element iframe : wrapper.getElementsByTag("iframe")) {
                iframe.attr("sandbox", "").attr("credentialless", "");
            }
        }
        if (source.contains("[")) {
            List<Element> items = new ArrayList<>(wrapper.getElementsByTag("li"));
            for (int i = items.size() - 1; i >= 0; i--) {
                taskListItem(items.get(i));
            }
        }
    }

    /**
     * finishView's to-do lists: an item (or its only paragraph) starting with {@code [ ]} or {@code [x]} gets a
     * disabled checkbox and the class {@code task-list-item}. HedgeDoc does this to items still carrying the
     * renderer's {@code raw} class, that is, items an {@code .element} comment has not given a class.
     */
    private static void taskListItem(Element item) {
        if (item.hasAttr("class")) {
            return;
        }
        List<Element> paragraphs = item.children().stream().filter(c -> c.normalName().equals("p")).toList();
        Element holder = paragraphs.size() == 1 ? paragraphs.get(0) : item;
        if (!(holder.childNodeSize() > 0 && holder.childNode(0) instanceof TextNode text)) {
            return;
        }
        Matcher task = TASK.matcher(text.getWholeText());
        if (!task.find()) {
            return;
        }
        text.text(text.getWholeText().substring(task.end()));
        Element checkbox = new Element("input").attr("type", "checkbox").addClass("task-list-item-checkbox")
                .attr("disabled", "");
        if (!task.group(1).equals(" ")) {
            checkbox.attr("checked", "");
        }
        text.before(checkbox);
        text.before(new Element("label"));
        item.attr("class", "task-list-item");
    }
}
