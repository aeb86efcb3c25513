package ma.remacto.portal.pages.backoffice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table of workshop ideas pasted from a spreadsheet or a word processor (one idea per line, cells separated by tabs),
 * in the columns of the seeds' idea tables: idea number, axis code, category, problem, proposed solution, note. An
 * empty axis cell takes the axis chosen for the whole table; a first line that is a header (its number cell is not a
 * number) is skipped. Nothing is decided here about whether an idea is acceptable: ideation checks every row and
 * refuses the whole batch with each bad row named.
 */
public record WorkshopTable(List<Row> rows, List<Problem> problems) {

    static final int COLUMNS = 6;

    /** One idea as typed; {@code line} is its line in the pasted text (from 1), to point back at it. */
    public record Row(int line, Long number, String axisCode, String category, String problem,
            String proposedSolution, String note) {
    }

    /** A line that cannot be an idea, and why (a message key with its argument). */
    public record Problem(int line, String key) {
    }

    public static WorkshopTable parse(String text, String defaultAxisCode) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String numberCell = cell(cells, 0);
            if (rows.isEmpty() && problems.isEmpty() && numberCell != null && !numberCell.matches("[0-9]+")) {
                continue;
            }
            if (cells.length < 5 || cells.length > COLUMNS) {
                problems.add(new Problem(i + 1, "bo.batch.columns"));
                continue;
            }
            if (numberCell != null && !numberCell.matches("[0-9]{1,8}")) {
                problems.add(new Problem(i + 1, "bo.batch.number"));
                continue;
            }
            String axis = cell(cells, 1) != null ? cell(cells, 1).toUpperCase(java.util.Locale.ROOT) : defaultAxisCode;
            rows.add(new Row(i + 1, numberCell == null ? null : Long.valueOf(numberCell), axis, cell(cells, 2),
                    cell(cells, 3), cell(cells, 4), cell(cells, 5)));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "bo.batch.empty"));
        }
        return new WorkshopTable(rows, problems);
    }

    /** The rows as ideation's batch takes them, every one in the state the member's table records. */
    public List<Map<String, Object>> toRequestRows(String state) {
        return rows.stream().map(row -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("number", row.number());
            body.put("axisCode", row.axisCode());
            body.put("category", row.category());
            body.put("problem", row.problem() == null ? "" : row.problem());
            body.put("proposedSolution", row.proposedSolution() == null ? "" : row.proposedSolution());
            body.put("note", row.note());
            body.put("state", state == null || state.isBlank() || "RECEIVED".equals(state) ? null : state);
            return body;
        }).toList();
    }

    private static String cell(String[] cells, int index) {
        if (index >= cells.length) {
            return null;
        }
        String value = cells[index].strip();
        // Spreadsheets quote cells that hold line breaks or tabs; the quotes are not part of the idea.
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
        }
        return value.isEmpty() ? null : value;
    }
}
