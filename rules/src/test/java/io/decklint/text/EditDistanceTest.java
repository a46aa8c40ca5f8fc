package io.decklint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {
    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(EditDistance.between("teh", "the", 3)).isEqualTo(1);
        assertThat(EditDistance.between("improvments", "improvements", 3)).isEqualTo(1);
        assertThat(EditDistance.between("kitten", "sitting", 5)).isEqualTo(3);
    }

    @Test
    void stopsEarlyPastTheLimit() {
        assertThat(EditDistance.between("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    }

    @Test
    void findsTheClosestCandidateIgnoringCase() {
        assertThat(EditDistance.closest("slidenumber", List.of("slideNumber", "width"), 2)).contains("slideNumber");
        assertThat(EditDistance.closest("zzz", List.of("slideNumber"), 2)).isEmpty();
    }
}
