package io.decklint.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextEditsTest {
    @Test
    void appliesEditsAgainstTheOriginalOffsetsInAnyOrder() {
        String result = TextEdits.apply("one two three", List.of(
                TextEdit.replace(new TextRange(8, 13), "3"), TextEdit.insert(0, ">"), TextEdit.delete(new TextRange(3, 7))));
        assertThat(result).isEqualTo(">one 3");
    }

    @Test
    void refusesOverlappingEditsAndTwoInsertionsAtOnePlace() {
        assertThatThrownBy(() -> TextEdits.apply("abcdef", List.of(TextEdit.delete(new TextRange(0, 3)),
                TextEdit.delete(new TextRange(2, 4))))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TextEdits.fitsWith(List.of(TextEdit.insert(2, "x")), List.of(TextEdit.insert(2, "y")))).isFalse();
        assertThat(TextEdits.fitsWith(List.of(TextEdit.insert(2, "x")), List.of(TextEdit.insert(3, "y")))).isTrue();
    }
}
