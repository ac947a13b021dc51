package io.suishoupai.shared.stats;

/**
 * A text cell for CSV that spreadsheets open: quoted, and defused where it would start a formula. A department name
 * an admin typed as {@code =HYPERLINK(...)} or {@code @SUM(...)} is shown as text, prefixed with an apostrophe
 * (the OWASP rule for CSV injection: =, +, -, @, tab and carriage return at the start).
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String text(String s) {
        if (s == null) {
            return "";
        }
        String defused = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        return "\"" + defused.replace("\"", "\"\"") + "\"";
    }
}
