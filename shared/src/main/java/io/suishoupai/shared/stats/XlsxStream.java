package io.suishoupai.shared.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A one-sheet SpreadsheetML (.xlsx) workbook written row by row to a stream: the fixed parts first, then the sheet,
 * each row encoded and compressed as it comes — so an export of any length holds one row at a time. Text and number
 * cells, inline strings, no styles; the JDK alone (nothing for a native image to register).
 */
public final class XlsxStream implements AutoCloseable {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private final ZipOutputStream zip;
    private int rows;

    public XlsxStream(OutputStream out, String sheetName) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        try {
            put("[Content_Types].xml", HEADER + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                    + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                    + "PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" "
                    + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put("_rels/.rels", HEADER + "<Relationships xmlns=\"" + PACKAGE_REL + "\"><Relationship Id=\"rId1\" "
                    + "Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put("xl/workbook.xml", HEADER + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets><sheet "
                    + "name=\"" + escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put("xl/_rels/workbook.xml.rels", HEADER + "<Relationships xmlns=\"" + PACKAGE_REL + "\"><Relationship "
                    + "Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            write(HEADER + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of String or Number cells (null: an empty cell). */
    public void row(List<?> cells) {
        rows++;
        StringBuilder xml = new StringBuilder(64 * cells.size());
        xml.append("<row r=\"").append(rows).append("\">");
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value == null) {
                continue;
            }
            String ref = column(c) + rows;
            if (value instanceof Number n) {
                xml.append("<c r=\"").append(ref).append("\"><v>").append(n).append("</v></c>");
            } else {
                xml.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(escape(value.toString())).append("</t></is></c>");
            }
        }
        write(xml.append("</row>").toString());
    }

    /** Ends the sheet and the workbook (the stream beneath is closed too). */
    @Override
    public void close() {
        try {
            write("</sheetData></worksheet>");
            zip.closeEntry();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void put(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        write(content);
        zip.closeEntry();
    }

    private void write(String s) {
        try {
            zip.write(s.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** XML text: markup escaped, and the characters XML 1.0 cannot carry at all dropped. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
