package io.decklint.deck;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.RealDecks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The fast separator search must find exactly what reveal.js's pattern finds, run over the whole body. */
class SeparatorsTest {
    private static List<String> byPattern(String text, int bodyStart) {
        Matcher matcher = DeckParser.SEPARATOR.matcher(text);
        matcher.region(bodyStart, text.length());
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.start() + "-" + matcher.end());
        }
        return found;
    }

    private static List<String> fast(String text, int bodyStart) {
        DeckParser.Separators separators = new DeckParser.Separators(text, bodyStart);
        List<String> found = new ArrayList<>();
        for (Matcher m = separators.next(); m != null; m = separators.next()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    @Test
    void sameMatchesOnTrickyText() {
        for (String text : List.of("---\n---\n", "\n---\n", "a\n\n---\n\nb", "a\r\n\r\n---\r\n\r\nb", "a\r\r---\r\rb",
                "\n----\n", "a\n\n-----\n\nb", "a\n\n---\n---\n\n---\n", "a\n\n--- \n\nb", "\r\n---\r\n",
                "a\n\n----\n----\n", "x\n\n---", "x\n\n---\n", "\n\n---\n\n---\n\n", "-\n---\n--\n----\n")) {
            for (int bodyStart = 0; bodyStart <= Math.min(3, text.length()); bodyStart++) {
                assertThat(fast(text, bodyStart)).as("%s from %d", text.replace("\n", "\\n").replace("\r", "\\r"),
                        bodyStart).isEqualTo(byPattern(text, bodyStart));
            }
        }
    }

    @Test
    void sameMatchesOnEveryRealDeckAndRandomEdits() throws Exception {
        Random random = new Random(11);
        String[] pieces = {"\n", "\r\n", "\r", "---", "----", "-", " ", "\n\n---\n\n", "x"};
        for (Path deck : RealDecks.changeable()) {
            String text = RealDecks.read(deck);
            int bodyStart = Deck.parse(text).bodyStart();
            assertThat(fast(text, bodyStart)).as("%s", deck.getFileName()).isEqualTo(byPattern(text, bodyStart));
            StringBuilder edited = new StringBuilder(text);
            for (int i = 0; i < 40; i++) {
                edited.insert(random.nextInt(edited.length() + 1), pieces[random.nextInt(pieces.length)]);
            }
            String mangled = edited.toString();
            assertThat(fast(mangled, 0)).as("%s edited", deck.getFileName()).isEqualTo(byPattern(mangled, 0));
        }
    }
}
