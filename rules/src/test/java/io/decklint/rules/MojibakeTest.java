package io.decklint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * What a program that reads UTF-8 as Windows-1252 makes of the text. Like browsers and Windows, it reads the
     * five bytes Windows-1252 leaves undefined as C1 controls (Java would make them U+FFFD).
     */
    private static String garble(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int unsigned = b & 0xFF;
            boolean undefined = unsigned == 0x81 || unsigned == 0x8D || unsigned == 0x8F || unsigned == 0x90
                    || unsigned == 0x9D;
            out.append(undefined ? (char) unsigned : new String(new byte[] {b}, WINDOWS_1252).charAt(0));
        }
        return out.toString();
    }

    private static String repair(String text) {
        StringBuilder out = new StringBuilder(text);
        List<Mojibake.Damage> damages = Mojibake.find(text);
        for (int i = damages.size() - 1; i >= 0; i--) {
            Mojibake.Damage d = damages.get(i);
            if (d.repaired() != null && !d.guessed()) {
                out.replace(d.start(), d.end(), d.repaired());
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "One platform – standardized, built and operated by many.",
        "It’s “quoted” — and… done • ok ™ € ‚single‘",
        "Grüße aus München: Straße, Maß, Fuß, Öl, Ärger, Übermut",
        "Ça va? Déjà vu, à bientôt, l’été, être, où, naïve, cœur",
        "Señor, año, ¿qué tal?, ¡sí!, São Paulo, não, ação",
        "Smørrebrød på Ærø, Øresund, Åland, Þórður, blåbærsyltetøy",
        "Zażółć gęślą jaźń — Příliš žluťoučký kůň úpěl ďábelské ódy",
        "Привет, мир; Γειά σου κόσμε; 日本語のテキスト; 한국어",
        "Emoji 😀 🎉 ❤️ and 👍🏽",
    })
    void repairsEveryTextThatWasGarbledOnce(String original) {
        String garbled = garble(original);
        assertThat(garbled).isNotEqualTo(original);
        assertThat(repair(garbled)).isEqualTo(original);
    }

    @ParameterizedTest
    @ValueSource(strings = {"One platform – standardized", "Grüße", "l’été", "Привет"})
    void repairsTextGarbledTwice(String original) {
        String twice = garble(garble(original));
        assertThat(repair(twice)).isEqualTo(original);
        assertThat(Mojibake.find(twice)).allMatch(d -> d.rounds() >= 2);
    }

    @Test
    void theSeedDecksTitleSlide() {
        String line = "## <font color=\"#7D7D82\">One platform \u00E2\u20AC\u201C standardized, built and operated by many.</font>";
        List<Mojibake.Damage> damages = Mojibake.find(line);
        assertThat(damages).hasSize(1);
        assertThat(line.substring(damages.get(0).start(), damages.get(0).end())).isEqualTo("â€“");
        assertThat(damages.get(0).repaired()).isEqualTo("–");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Grüße aus München – Straße, Maß, »Fuß«, „Äpfel“ und der Buchstabe „Ä“, 10\u00A0°C, Gruß\u00A0Hans",
        "« Un café\u00A0», « voilà\u00A0», « à\u00A0» et « déjà\u00A0» ; l’été « très\u00A0» chaud, CAFÉ”",
        "¿Qué tal? ¡Sí! Señor, año, AÇÃO, «IRMÃ», “NÃO”, São Paulo",
        "Å i Lofoten, 5\u00A0Å, Ærø, Øresund, smørrebrød, Þórður, ÐÆØ",
        "© 2024 ® ™ ½ ¼ ¾ ± × ÷ µ · ¶ § ¹ ² ³ ª º « » ¡ ¿ ° ¢ £ ¥",
        "3\u00A0×\u00A04 = 12, x² + y³, 1½ cups, ±5\u00A0%",
        "Ärger „Ü“ ‚Ö‘ »Ä« ×–× Ø…Ø",
        "Zażółć gęślą jaźń, Příliš žluťoučký kůň",
        "naïve café, Noël, Zoë, coöperate, façade, jalapeño, Ångström",
        "PROHLÍŽEČ, PŘEDVINUTÍ…, COSÌ… PERCHÉ?",
    })
    void leavesRealTextAlone(String text) {
        assertThat(Mojibake.find(text)).isEmpty();
    }

    @Test
    void findsLostText() {
        List<Mojibake.Damage> damages = Mojibake.find("Gr\uFFFD\uFFFDe and \u00EF\u00BF\u00BD");
        assertThat(damages).extracting(Mojibake.Damage::start, Mojibake.Damage::end, Mojibake.Damage::repaired)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4, null),
                        org.assertj.core.groups.Tuple.tuple(10, 13, null));
    }

    @Test
    void aClosingQuoteWhoseLastByteWasDroppedIsAGuess() {
        List<Mojibake.Damage> damages = Mojibake.find("He said â€œhelloâ€ and left");
        assertThat(damages).hasSize(2);
        assertThat(damages.get(0).repaired()).isEqualTo("“");
        assertThat(damages.get(0).guessed()).isFalse();
        assertThat(damages.get(1).repaired()).isEqualTo("”");
        assertThat(damages.get(1).guessed()).isTrue();
    }

    @Test
    void aQuoteWhoseLastByteBecameU_FFFDIsOneGuess() {
        String text = "He said â€œhelloâ€\uFFFD and left";
        List<Mojibake.Damage> damages = Mojibake.find(text);
        assertThat(damages).hasSize(2);
        assertThat(text.substring(damages.get(1).start(), damages.get(1).end())).isEqualTo("â€\uFFFD");
        assertThat(damages.get(1).repaired()).isEqualTo("”");
    }

    @Test
    void latin1GarblingAndTheUndefinedBytesToo() {
        String latin1 = new String("Österreich ”".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(repair(latin1)).isEqualTo("Österreich ”");
    }

    @Test
    void aGarbledByteOrderMarkIsDeleted() {
        List<Mojibake.Damage> damages = Mojibake.find("ï»¿# Title");
        assertThat(damages).hasSize(1);
        assertThat(damages.get(0).repaired()).isEmpty();
    }

    @Test
    void decomposedAccentsFromMacsAreRepairedAfterALetter() {
        String decomposed = "Gru\u0308\u00DFe";
        assertThat(repair(garble(decomposed))).isEqualTo(decomposed);
    }
}
