package ma.remacto.opendata.domain;

import java.util.List;

/**
 * The columns of a dataset's rows, as a Frictionless Table Schema describes them (and the CSV header lists them).
 *
 * @param primaryKey the field that identifies a row (keyset paging orders by it)
 */
public record TableSchema(List<Field> fields, String primaryKey) {

    /**
     * @param name  column name (snake_case, ASCII), as in the CSV header and the JSON rows
     * @param type  Frictionless type: {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date},
     *              {@code datetime}
     * @param title the column's title for people
     */
    public record Field(String name, String type, LocalizedText title) {
    }
}
