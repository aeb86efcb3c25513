package ma.remacto.opendata.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 lines written straight to a (buffered) writer: CRLF line ends; a cell with a comma, a double quote, CR or
 * LF is quoted, its quotes doubled. No line is built as a string first: a million-row export makes no garbage per row
 * beyond the cells' own text.
 */
final class Csv {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Writer out;
    private boolean lineStarted;

    Csv(Writer out) {
        this.out = out;
    }

    Csv line(List<String> cells) {
        cells.forEach(this::cell);
        return endLine();
    }

    Csv cell(String value) {
        try {
            if (lineStarted) {
                out.write(',');
            }
            lineStarted = true;
            if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
                out.write(value);
                return this;
            }
            out.write('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    out.write('"');
                }
                out.write(c);
            }
            out.write('"');
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Csv endLine() {
        try {
            out.write("\r\n");
            lineStarted = false;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isDecimal(String value) {
        return DECIMAL.matcher(value).matches();
    }
}
