package ma.remacto.portal.pages.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkshopTableTest {

    @Test
    void aPastedTableSkipsItsHeaderAndTakesTheDefaultAxisForEmptyCells() {
        String pasted = """
                رقم الفكرة\tالمحور\tالفئة\tما هي التحديات / الإشكاليات المطروحة؟\tما هو الحل المقترح؟\tملاحظة
                645\tA3\tالثقافة\tعدم تمويل الإنتاج الأدبية\tصياغة خطة\t
                \t\t\t"انتشار الكلاب الضالة"\tحملات التلقيح\tتغيير

                """;
        WorkshopTable table = WorkshopTable.parse(pasted, "A1");
        assertThat(table.problems()).isEmpty();
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0)).isEqualTo(new WorkshopTable.Row(2, 645L, "A3", "الثقافة",
                "عدم تمويل الإنتاج الأدبية", "صياغة خطة", null));
        WorkshopTable.Row second = table.rows().get(1);
        assertThat(second.line()).isEqualTo(3);
        assertThat(second.number()).isNull();
        assertThat(second.axisCode()).isEqualTo("A1");
        assertThat(second.problem()).isEqualTo("انتشار الكلاب الضالة");
        assertThat(second.note()).isEqualTo("تغيير");
    }

    @Test
    void linesThatCannotBeIdeasAreNamedByTheirLine() {
        WorkshopTable table = WorkshopTable.parse("12\tA1\tcat\tonly a problem\n1x\tA1\tc\tp\ts\n7\ta2\tc\tp\ts\tn", null);
        assertThat(table.problems()).containsExactly(new WorkshopTable.Problem(1, "bo.batch.columns"),
                new WorkshopTable.Problem(2, "bo.batch.number"));
        assertThat(table.rows()).singleElement().satisfies(row -> assertThat(row.axisCode()).isEqualTo("A2"));
        assertThat(WorkshopTable.parse("  \n", "A1").problems()).containsExactly(
                new WorkshopTable.Problem(0, "bo.batch.empty"));
    }

    @Test
    void rowsGoToIdeationInTheStateTheMembersTableRecords() {
        WorkshopTable table = WorkshopTable.parse("5\tA1\t\tp\ts", null);
        assertThat(table.toRequestRows("WITH_COMMITTEE")).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("number", 5L).containsEntry("state", "WITH_COMMITTEE").containsEntry("category", null));
        assertThat(table.toRequestRows("RECEIVED").getFirst()).containsEntry("state", null);
        assertThat(table.toRequestRows("RECEIVED").getFirst()).isInstanceOf(Map.class);
    }
}
