package io.suishoupai.intake.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ReportPreconditionsTest {

    private static TreeSet<Integer> placeholders(String sql) {
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("\\?(\\d+)").matcher(sql);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    /** PostgreSQL cannot type a parameter no placeholder uses: the optional day start must be the last one. */
    @Test
    void placeholdersRunFromOneWithoutAGap() {
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6)),
                placeholders(ReportPreconditions.statement(true)));
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5)),
                placeholders(ReportPreconditions.statement(false)));
    }
}
