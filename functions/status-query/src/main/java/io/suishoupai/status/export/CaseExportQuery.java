package io.suishoupai.status.export;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.suishoupai.shared.caseflow.CaseSource;
import io.suishoupai.shared.caseflow.CaseState;
import io.suishoupai.shared.caseflow.CaseSupport;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.Role;
import io.suishoupai.status.service.QueryParams;

/**
 * An export's filters — search-cases' text filters and the staff's: state(s), department, district / street /
 * community / grid, source, the period of receipt — as one parameterised statement for PostgreSQL's own
 * placeholders ($1 …). A handler exports their own department's cases only, whatever they ask.
 */
public record CaseExportQuery(String where, List<Object> params) {

    public enum Format {
        CSV, XLSX
    }

    /** The columns, in order: a header and the SELECT list that fills them. */
    public static final List<String> HEADER = List.of("案件编号", "状态", "结果", "来源", "类别编码", "类别", "描述", "地址",
            "纬度", "经度", "区", "街道", "社区", "网格", "处置部门编码", "处置部门", "紧急程度", "上报时间", "受理完成",
            "核实完成", "派遣时间", "处置完成", "处置时限", "核查完成", "结案时间", "返工次数", "我也遇到");

    static final String SELECT = "SELECT c.case_number, c.state, c.outcome, c.source, c.category_code, cat.name, "
            + "c.description, c.address, c.lat, c.lon, c.district_code, c.street_code, c.community_code, c.grid_code, "
            + "c.department_code, d.name, c.urgency, c.created_at, "
            + "(SELECT max(s.ended_at) FROM case_stage s WHERE s.case_id = c.id AND s.stage = 'SCREENING'), "
            + "(SELECT max(s.ended_at) FROM case_stage s WHERE s.case_id = c.id AND s.stage = 'CHECK'), "
            + "c.dispatched_at, "
            + "(SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id AND e.to_state = 'DISPOSED'), "
            + "c.deadline, "
            + "(SELECT max(s.ended_at) FROM case_stage s WHERE s.case_id = c.id AND s.stage = 'VERIFICATION'), "
            + "(SELECT max(e.at) FROM case_event e WHERE e.case_id = c.id AND e.to_state = 'CLOSED'), "
            + "c.rework_count, " + CaseSupport.COUNT_SQL + " "
            + "FROM city_case c LEFT JOIN category cat ON cat.code = c.category_code "
            + "LEFT JOIN department d ON d.code = c.department_code";

    /** The statement for at most {@code limit} rows, newest first. */
    public String sql(int limit) {
        return SELECT + where + " ORDER BY c.created_at DESC, c.id DESC LIMIT " + limit;
    }

    /** Reads the query string's filters; errors go to {@code check}. */
    public static CaseExportQuery of(Caller caller, java.util.function.Function<String, String> param, InputCheck check,
            ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        QueryParams reader = new QueryParams(check);
        text(param, "q", 200, check).ifPresent(q -> add(conditions, params, "c.description ILIKE $? ESCAPE '\\'",
                "%" + like(q) + "%"));
        text(param, "place", 200, check).ifPresent(p -> add(conditions, params, "c.address ILIKE $? ESCAPE '\\'",
                "%" + like(p) + "%"));
        text(param, "category", 100, check).ifPresent(c -> add(conditions, params, "c.category_code = $?", c));
        text(param, "caseNumber", 40, check).ifPresent(n -> add(conditions, params, "c.case_number LIKE $? ESCAPE '\\'",
                like(n.toUpperCase(Locale.ROOT)) + "%"));
        text(param, "state", 200, check).ifPresent(states -> {
            List<String> names = Arrays.stream(states.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toUpperCase(Locale.ROOT)).toList();
            boolean known = names.stream().allMatch(n -> Arrays.stream(CaseState.values()).anyMatch(s -> s.name().equals(n)));
            check.require(known, "state", "must be case states, comma-separated");
            if (known) {
                add(conditions, params, "c.state = ANY($?)", names.toArray(String[]::new));
            }
        });
        text(param, "source", 20, check).ifPresent(source -> {
            boolean known = Arrays.stream(CaseSource.values()).anyMatch(s -> s.name().equalsIgnoreCase(source));
            check.require(known, "source", "must be one of " + Arrays.toString(CaseSource.values()));
            if (known) {
                add(conditions, params, "c.source = $?", source.toUpperCase(Locale.ROOT));
            }
        });
        String department = caller.hasAny(Role.SCREENER, Role.LEADER, Role.ADMIN, Role.INSPECTOR)
                ? text(param, "department", 32, check).orElse(null) : caller.department();
        if (department != null) {
            add(conditions, params, "c.department_code = $?", department);
        }
        for (String unit : List.of("district", "street", "community", "grid")) {
            text(param, unit, 32, check).ifPresent(code -> add(conditions, params, "c." + unit + "_code = $?", code));
        }
        Instant from = reader.instant(param.apply("from"), "from", zone, false);
        Instant to = reader.instant(param.apply("to"), "to", zone, true);
        if (from != null) {
            add(conditions, params, "c.created_at >= $?", java.time.OffsetDateTime.ofInstant(from, java.time.ZoneOffset.UTC));
        }
        if (to != null) {
            add(conditions, params, "c.created_at < $?", java.time.OffsetDateTime.ofInstant(to, java.time.ZoneOffset.UTC));
        }
        return new CaseExportQuery(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions),
                List.copyOf(params));
    }

    private static java.util.Optional<String> text(java.util.function.Function<String, String> param, String name,
            int max, InputCheck check) {
        String value = param.apply(name);
        if (value == null || value.isBlank()) {
            return java.util.Optional.empty();
        }
        check.optionalText(value, name, max);
        return java.util.Optional.of(value.strip());
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        params.add(value);
        conditions.add(condition.replace("$?", "$" + params.size()));
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
