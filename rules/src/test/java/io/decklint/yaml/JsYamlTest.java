package io.decklint.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.decklint.yaml.JsYaml.Kind;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

class JsYamlTest {
    private static Node value(String yaml) {
        return ((MappingNode) SafeYaml.compose("v: " + yaml)).getValue().get(0).getValueNode();
    }

    @Test
    void yes_no_on_and_off_are_texts_as_in_js_yaml_4() {
        assertThat(JsYaml.kind(value("no"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("yes"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("off"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("false"))).isEqualTo(Kind.BOOLEAN);
        assertThat(JsYaml.kind(value("TRUE"))).isEqualTo(Kind.BOOLEAN);
        assertThat(JsYaml.bool(value("False"))).contains(false);
    }

    @Test
    void quotedValuesAreTexts() {
        assertThat(JsYaml.kind(value("'false'"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("\"200\""))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("!!str 200"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("!!int '200'"))).isEqualTo(Kind.NUMBER);
    }

    @Test
    void readsNumbersNullsDatesAndCollections() {
        assertThat(JsYaml.number(value("1400"))).hasValue(1400);
        assertThat(JsYaml.number(value("0.1"))).hasValue(0.1);
        assertThat(JsYaml.number(value("1_000"))).hasValue(1000);
        assertThat(JsYaml.number(value("0x1F"))).hasValue(31);
        assertThat(JsYaml.number(value("-.5"))).isEmpty();
        assertThat(JsYaml.kind(value("1400px"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value("1_"))).isEqualTo(Kind.STRING);
        assertThat(JsYaml.kind(value(""))).isEqualTo(Kind.NULL);
        assertThat(JsYaml.kind(value("~"))).isEqualTo(Kind.NULL);
        assertThat(JsYaml.kind(value("2024-06-27"))).isEqualTo(Kind.DATE);
        assertThat(JsYaml.kind(value("[a]"))).isEqualTo(Kind.SEQUENCE);
        assertThat(JsYaml.kind(value("{a: 1}"))).isEqualTo(Kind.MAPPING);
    }

    @Test
    void readsNumericTextsAsJavaScriptArithmeticWould() {
        assertThat(JsYaml.numericText(" 1400 ")).hasValue(1400);
        assertThat(JsYaml.numericText("1400px")).isEmpty();
        assertThat(JsYaml.numericText("")).isEmpty();
    }
}
