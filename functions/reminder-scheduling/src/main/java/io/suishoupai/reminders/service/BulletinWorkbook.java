package io.suishoupai.reminders.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.suishoupai.shared.stats.CaseStats;

/**
 * A bulletin as command centres pass it around: an .xlsx workbook with one sheet per grouping, the departments'
 * ranking (综合指标值, 排名) first, then every department's figures and every street's — the CSV's columns.
 */
final class BulletinWorkbook {

    static final List<Object> RANKING_HEADER = List.of("排名", "部门编码", "部门", "综合指标值", "应结案数", "结案数",
            "结案率", "按期结案数", "按期结案率", "返工数", "延期率");

    private BulletinWorkbook() {
    }

    static byte[] of(CaseStats departments, CaseStats streets) {
        List<Xlsx.Sheet> sheets = new ArrayList<>();
        sheets.add(new Xlsx.Sheet("排名", ranking(departments.rows())));
        sheets.add(new Xlsx.Sheet("部门", table(departments.rows(), "department_code", "department")));
        if (streets != null) {
            sheets.add(new Xlsx.Sheet("街道", table(streets.rows(), "street_code", "street")));
        }
        return Xlsx.workbook(sheets);
    }

    /** The ranked departments, first place first. */
    static List<List<Object>> ranking(List<CaseStats.Row> rows) {
        List<List<Object>> out = new ArrayList<>();
        out.add(RANKING_HEADER);
        rows.stream().filter(r -> r.rank() != null).sorted(Comparator.comparing(CaseStats.Row::rank)
                .thenComparing(CaseStats.Row::key)).forEach(r -> {
                    List<Object> line = new ArrayList<>();
                    line.add(r.rank());
                    line.add(r.key());
                    line.add(r.name());
                    line.add(r.score());
                    line.add(r.counts().get("dueCount"));
                    line.add(r.counts().get("dueClosed"));
                    line.add(value(r, "dueClosureRate"));
                    line.add(r.counts().get("dueClosedOnTime"));
                    line.add(value(r, "onTimeClosureRate"));
                    line.add(r.counts().get("reworks"));
                    line.add(value(r, "extensionRate"));
                    out.add(line);
                });
        return out;
    }

    /** Every row with the CSV's columns: code, name, the counts, the rates, score and rank. */
    static List<List<Object>> table(List<CaseStats.Row> rows, String codeHeader, String nameHeader) {
        List<List<Object>> out = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(codeHeader, nameHeader));
        header.addAll(BulletinService.COUNTS);
        header.addAll(BulletinService.RATES);
        header.add("score");
        header.add("rank");
        out.add(header);
        for (CaseStats.Row r : rows) {
            List<Object> line = new ArrayList<>();
            line.add(r.key());
            line.add(r.name());
            BulletinService.COUNTS.forEach(c -> line.add(r.counts().getOrDefault(c, 0L)));
            BulletinService.RATES.forEach(rate -> line.add(value(r, rate)));
            line.add(r.score());
            line.add(r.rank());
            out.add(line);
        }
        return out;
    }

    private static Object value(CaseStats.Row row, String rate) {
        CaseStats.Indicator indicator = row.indicators().get(rate);
        return indicator == null ? null : indicator.value();
    }
}
