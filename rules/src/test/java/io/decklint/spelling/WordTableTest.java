package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {
    @Test
    void findsEveryWordWithItsNumberAndNothingElse() throws IOException {
        Random random = new Random(7);
        Map<String, Integer> words = new HashMap<>();
        while (words.size() < 200_000) {
            words.put(randomWord(random), random.nextInt(100));
        }
        WordTable table = read(WordTable.of(words));
        words.forEach((word, value) -> assertThat(table.get(word)).as(word).isEqualTo(value));
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            String made = randomWord(random) + "q";
            if (!words.containsKey(made) && table.get(made) != WordTable.ABSENT) {
                found++;
            }
        }
        assertThat(found).as("made-up strings found").isZero();
    }

    @Test
    void anEmptyTableHasNoWords() throws IOException {
        assertThat(read(WordTable.of(Map.of())).get("cloud")).isEqualTo(WordTable.ABSENT);
    }

    /** As the dictionary gets it: written at build time, read back at run time. */
    private static WordTable read(WordTable table) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.write(new DataOutputStream(bytes));
        return WordTable.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
