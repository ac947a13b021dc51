package io.suishoupai.shared.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

class XlsxStreamTest {

    @Test
    void aWorkbookOfRowsWithItsPartsAndEscapedText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStream xlsx = new XlsxStream(out, "案件")) {
            xlsx.row(Arrays.asList("编号", "数量"));
            xlsx.row(Arrays.asList("XN-1 <&>\u0001", 42));
            xlsx.row(Arrays.asList(null, 1.5));
        }
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertEquals(5, parts.size(), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">XN-1 &lt;&amp;&gt;</t>"), sheet);
        assertTrue(sheet.contains("<c r=\"B2\"><v>42</v></c>"));
        assertTrue(sheet.contains("<row r=\"3\"><c r=\"B3\"><v>1.5</v></c></row>"), "an empty cell is left out");
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"案件\""));
        assertEquals("AA", XlsxStream.column(26));
    }
}
