package ma.remacto.opendata.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RowRenditionsTest {

    static final TableSchema SCHEMA = new TableSchema(List.of(field("id", "string"), field("title", "string"),
            field("count", "integer"), field("budget", "number"), field("open", "boolean"), field("note", "string")),
            "id");

    static TableSchema.Field field(String name, String type) {
        return new TableSchema.Field(name, type, new LocalizedText(name, name));
    }

    static Map<String, Object> row(Object... values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(SCHEMA.fields().get(i).name(), values[i]);
        }
        return row;
    }

    @Test
    void csvQuotesOnlyWhatMustBeQuotedAndKeepsArabicAsItIs() {
        assertThat(RowRenditions.csvHeader(SCHEMA)).isEqualTo("id,title,count,budget,open,note\r\n");
        assertThat(RowRenditions.csv(SCHEMA, row("i-1", "الإنارة العمومية", 3L, "1250000.50", true, null)))
                .isEqualTo("i-1,الإنارة العمومية,3,1250000.50,true,\r\n");
        assertThat(RowRenditions.csv(SCHEMA, row("i-2", "حي \"المنار\", العرائش", 0L, null, false, "سطر\nثان")))
                .isEqualTo("i-2,\"حي \"\"المنار\"\", العرائش\",0,,false,\"سطر\nثان\"\r\n");
    }

    @Test
    void jsonIsValidWithTypedValuesAndEscapedStrings() {
        String json = RowRenditions.json(SCHEMA, row("i-3", "قال: \"نعم\" \\ \t\u0001", 7, "12.5", true, null));
        JsonNode node = JsonMapper.builder().build().readTree(json);
        assertThat(node.get("title").asString()).isEqualTo("قال: \"نعم\" \\ \t\u0001");
        assertThat(node.get("count").isIntegralNumber()).isTrue();
        assertThat(node.get("count").asLong()).isEqualTo(7);
        assertThat(node.get("budget").isNumber()).isTrue();
        assertThat(node.get("budget").decimalValue()).isEqualByComparingTo("12.5");
        assertThat(node.get("open").asBoolean()).isTrue();
        assertThat(node.get("note").isNull()).isTrue();
        assertThat(node.propertyNames()).containsExactly("id", "title", "count", "budget", "open", "note");
        // a "number" that is not a decimal stays a string rather than breaking the JSON
        assertThat(JsonMapper.builder().build().readTree(RowRenditions.json(SCHEMA, row("i-4", "t", 1, "n/a", false, "")))
                .get("budget").asString()).isEqualTo("n/a");
    }
}
