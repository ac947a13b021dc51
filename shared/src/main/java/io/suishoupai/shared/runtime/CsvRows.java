package io.suishoupai.shared.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV text (RFC 4180: comma-separated, fields optionally in double quotes, a quote inside doubled, CRLF or LF)
 * into rows of cells. A BOM at the start (Excel's "CSV UTF-8") is dropped.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** The rows; an unterminated quote is an IllegalArgumentException naming the row. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                cell.setLength(0);
                addUnlessBlank(rows, row);
                row = new ArrayList<>();
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("row " + (rows.size() + 1) + " has a quote that is never closed");
        }
        row.add(cell.toString());
        addUnlessBlank(rows, row);
        return rows;
    }

    private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
        if (!(row.size() == 1 && row.get(0).isBlank())) {
            rows.add(row);
        }
    }
}
