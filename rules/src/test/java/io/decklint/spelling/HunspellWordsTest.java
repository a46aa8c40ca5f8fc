package io.decklint.spelling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HunspellWordsTest {
    private static final String AFF = String.join("\n",
            "SET UTF-8",
            "NOSUGGEST !",
            "ONLYINCOMPOUND c",
            "PFX U Y 1",
            "PFX U   0     un         .",
            "SFX S Y 2",
            "SFX S   y     ies        [^aeiou]y",
            "SFX S   0     s          [^sxzhy]",
            "SFX D N 2",
            "SFX D   0     d          e",
            "SFX D   0     ed         [^ey]");

    private static Map<String, Boolean> expand(String dic) {
        Map<String, Boolean> words = new HashMap<>();
        new HunspellWords(AFF).expand(dic, words::put);
        return words;
    }

    @Test
    void expandsSuffixesWithTheirConditionsAndPrefixesAcrossThem() {
        Map<String, Boolean> words = expand("3\nparty/S\nlock/UDS\nsave/D\n");
        assertThat(words.keySet()).containsExactlyInAnyOrder("party", "parties", "lock", "locks", "locked",
                "unlock", "unlocks", "save", "saved");
    }

    @Test
    void keepsNoSuggestWordsApartAndLeavesCompoundOnlyStemsOut() {
        Map<String, Boolean> words = expand("2\ndarn/!\nth/c\n");
        assertThat(words).containsEntry("darn", false).doesNotContainKey("th");
    }
}
