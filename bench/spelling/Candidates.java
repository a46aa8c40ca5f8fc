import io.decklint.deck.Deck;
import io.decklint.spelling.EnglishDictionary;
import io.decklint.spelling.ProseWords;
import io.decklint.text.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lists every prose word of the given decks that the English dictionary does not know (ignoring case), one a
 * line: deck, line, column (1-based), word. These are the words labels.tsv labels; with --context, the line
 * of the deck follows, for whoever labels them (never commit that output: the decks are CC BY-ND).
 * Also prints, to stderr, each deck's number of prose words. Run with the CLI jar on the class path:
 * java -cp cli/target/decklint.jar bench/spelling/Candidates.java [--context] DECK...
 */
public class Candidates {
    public static void main(String[] args) throws Exception {
        boolean context = args.length > 0 && args[0].equals("--context");
        EnglishDictionary dictionary = EnglishDictionary.get();
        for (int i = context ? 1 : 0; i < args.length; i++) {
            Path path = Path.of(args[i]);
            Deck deck = Deck.parse(Files.readString(path, StandardCharsets.UTF_8));
            int words = 0;
            for (ProseWords.Word word : ProseWords.of(deck)) {
                words++;
                if (dictionary.containsIgnoringCase(word.text())) {
                    continue;
                }
                Position at = deck.source().positionAt(word.range().start());
                String row = path.getFileName() + "\t" + (at.line() + 1) + "\t" + (at.character() + 1) + "\t"
                        + word.text();
                if (context) {
                    row += "\t" + deck.source().lineText(at.line()).strip();
                }
                System.out.println(row);
            }
            System.err.println(path.getFileName() + "\t" + words);
        }
    }
}
