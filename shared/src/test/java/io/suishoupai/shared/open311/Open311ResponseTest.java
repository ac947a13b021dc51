package io.suishoupai.shared.open311;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class Open311ResponseTest {

    static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void whateverACitizenTypedTheFeedStaysWellFormed() throws Exception {
        String typed = "树\uFFFE倒\uFFFF了\u0001\uD800 <b>&'\" 🌳\t";
        String xml = Open311Response.xml("service_requests", "request", List.of(Map.of("description", typed)));
        Document doc = parse(xml); // threw "An invalid XML character (Unicode: 0xfffe)" before
        assertEquals("树倒了 <b>&'\" 🌳\t", doc.getElementsByTagName("description").item(0).getTextContent());
    }
}
