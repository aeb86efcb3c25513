package ma.remacto.opendata.api;

import java.util.List;
import java.util.regex.Pattern;

/** RFC 4180 lines: CRLF line ends; a cell with a comma, a double quote, CR or LF is quoted, its quotes doubled. */
final class Csv {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    static String line(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    static boolean isDecimal(String value) {
        return DECIMAL.matcher(value).matches();
    }
}
