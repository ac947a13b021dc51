package io.suishoupai.shared.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The README's error table names exactly the codes of {@link ErrorCode}: the vocabulary is declared once. */
class ErrorCodeTableTest {

    @Test
    void theReadmeTableListsExactlyTheDeclaredCodes() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("| status | codes |");
        String table = readme.substring(start, readme.indexOf("\n\n", start));
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Z_]+)`").matcher(table);
        while (m.find()) {
            documented.add(m.group(1));
        }
        Set<String> declared = Arrays.stream(ErrorCode.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(declared, documented, "README error table vs ErrorCode");
    }
}
