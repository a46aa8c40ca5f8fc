package io.decklint.css;

import io.decklint.text.TextRange;
import java.util.List;
import java.util.Locale;

/**
 * A {@code property: value} declaration. {@code range} runs from the property name to the end of the value
 * ({@code !important} included) without the {@code ;}; {@code value} holds the value's tokens without
 * {@code !important} and without the blanks around them.
 */
public record CssDeclaration(String name, TextRange nameRange, TextRange valueRange, List<CssToken> value,
        boolean important, TextRange range, boolean terminated) {
    public CssDeclaration {
        value = List.copyOf(value);
    }

    /** The property name as CSS compares it: ASCII case-insensitively. */
    public String property() {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A custom property ({@code --name}) may hold any value. */
    public boolean isCustomProperty() {
        return name.startsWith("--");
    }

    public String valueText(CharSequence css) {
        return valueRange.of(css);
    }
}
