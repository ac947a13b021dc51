package io.suishoupai.triage.service;

import static io.suishoupai.triage.service.ImportFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.CurrentSql;

import io.suishoupai.shared.runtime.CurrentEntities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.suishoupai.shared.category.CategoryKind;
import io.suishoupai.shared.component.Component;
import io.suishoupai.shared.component.ComponentDraft;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.runtime.CsvRows;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.shared.view.ComponentView;
import io.suishoupai.triage.dto.ImportComponentsRequest;
import io.suishoupai.triage.dto.ImportReport;
import io.suishoupai.triage.dto.SaveComponentRequest;
import io.smallrye.mutiny.Uni;

/**
 * The component register (部件): one saved at a time, or many imported from GeoJSON Points or CSV. Both check each
 * component with {@link ComponentDraft}, store its position in WGS-84 and upsert by id; an import saves every valid
 * row in one transaction and reports each refused one.
 */
@ApplicationScoped
public class ComponentService {

    static final int MAX_ROWS = 20_000;
    static final List<String> CSV_FIELDS = List.of("id", "categoryCode", "name", "lat", "lon", "ownerDepartmentCode",
            "maintainerDepartmentCode", "state");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    @Inject
    CurrentEntities entities;

    @Inject
    CurrentSql sql;

    /** What a draft is checked against: the active component categories and active departments. */
    private record Known(Set<String> componentCategories, Set<String> activeDepartments) {
    }

    public Uni<ComponentView> save(SaveComponentRequest r) {
        InputCheck.of(r).require(r.attributes() == null || r.attributes().isObject() || r.attributes().isNull(),
                "attributes", "must be a JSON object").orThrow();
        ComponentDraft draft = new ComponentDraft(strip(r.id()), strip(r.categoryCode()), r.name(), r.lat(), r.lon(),
                r.coordSystem(), strip(r.ownerDepartmentCode()), strip(r.maintainerDepartmentCode()), r.state(),
                r.attributes() == null || r.attributes().isNull() ? null : r.attributes().toString());
        Instant now = clock.now();
        return reactive.poolTransaction(() -> known().chain(known -> {
            List<FieldError> problems = draft.problems(known.componentCategories(), known.activeDepartments());
            if (!problems.isEmpty()) {
                throw Problems.invalid(problems);
            }
            // every column comes from the draft: a stored component is overwritten whole
            return entities.save(draft.applyTo(new Component(), now));
        })).map(c -> ComponentView.of(c, CoordSystem.orDefault(r.coordSystem())));
    }

    public Uni<ImportReport> importAll(ImportComponentsRequest r) {
        boolean csv = r.csv() != null;
        InputCheck check = InputCheck.of(r)
                .require(csv != (r.features() != null), "csv", "send either csv or a FeatureCollection's features")
                .require(csv || "FeatureCollection".equals(r.type()), "type", "must be FeatureCollection");
        CoordSystem.check(check, r.coordSystem(), "coordSystem").orThrow();
        List<Row> rows = csv ? fromCsv(r.csv(), r.coordSystem()) : fromFeatures(r.features(), r.coordSystem());
        InputCheck.of(r).require(!rows.isEmpty() && rows.size() <= MAX_ROWS, csv ? "csv" : "features",
                "must hold 1 to " + MAX_ROWS + " components").orThrow();
        Instant now = clock.now();
        return reactive.poolTransaction(() -> known().chain(known -> {
            Map<String, ComponentDraft> valid = new LinkedHashMap<>();
            List<ImportReport.Refused> refused = new ArrayList<>();
            for (Row row : rows) {
                List<String> reasons = new ArrayList<>(row.problems());
                if (row.draft() != null) {
                    row.draft().problems(known.componentCategories(), known.activeDepartments())
                            .forEach(e -> reasons.add(e.message()));
                    if (valid.containsKey(row.draft().id())) {
                        reasons.add("id " + row.draft().id() + " appears twice in the file");
                    }
                }
                if (reasons.isEmpty()) {
                    valid.put(row.draft().id(), row.draft());
                } else {
                    refused.add(new ImportReport.Refused(row.index(), row.draft() == null ? null : row.draft().id(),
                            reasons));
                }
            }
            // new and stored components alike are written whole, in one statement
            List<Component> written = valid.values().stream().map(d -> d.applyTo(new Component(), now)).toList();
            return entities.saveAll(written).map(done -> new ImportReport(rows.size(), valid.size(), refused));
        }));
    }

    /** One row of an import: its position, its draft (null when unreadable), what was wrong reading it. */
    private record Row(int index, ComponentDraft draft, List<String> problems) {
    }

    private static List<Row> fromFeatures(List<JsonNode> features, String coordSystem) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode p = f.path("properties");
            JsonNode coordinates = f.path("geometry").path("coordinates");
            List<String> problems = new ArrayList<>();
            if (!"Feature".equals(f.path("type").asText()) || !"Point".equals(f.path("geometry").path("type").asText())
                    || !coordinates.isArray() || coordinates.size() < 2 || !coordinates.get(0).isNumber()
                    || !coordinates.get(1).isNumber()) {
                problems.add("a component is a Feature with a Point geometry [lon, lat]");
            }
            JsonNode attributes = p.path("attributes");
            if (!attributes.isMissingNode() && !attributes.isNull() && !attributes.isObject()) {
                problems.add("attributes must be a JSON object");
            }
            rows.add(new Row(i, new ComponentDraft(text(p, "id"), text(p, "categoryCode"), text(p, "name"),
                    problems.isEmpty() ? coordinates.get(1).asDouble() : null,
                    problems.isEmpty() ? coordinates.get(0).asDouble() : null, coordSystem,
                    text(p, "ownerDepartmentCode"), text(p, "maintainerDepartmentCode"), text(p, "state"),
                    attributes.isObject() ? attributes.toString() : null), problems));
        }
        return rows;
    }

    /** CSV: a header naming the columns (any order); columns other than the save fields become attributes. */
    private static List<Row> fromCsv(String text, String coordSystem) {
        List<List<String>> lines;
        try {
            lines = CsvRows.parse(text);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("csv", e.getMessage());
        }
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = lines.get(0).stream().map(String::strip).toList();
        if (!new HashSet<>(header).containsAll(List.of("id", "lat", "lon"))) {
            throw Problems.invalid("csv", "the first line names the columns, at least " + CSV_FIELDS);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            List<String> cells = lines.get(n);
            Map<String, String> byName = new HashMap<>();
            ObjectNode attributes = MAPPER.createObjectNode();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                String value = cells.get(i).strip();
                if (CSV_FIELDS.contains(header.get(i))) {
                    byName.put(header.get(i), value.isEmpty() ? null : value);
                } else if (!value.isEmpty() && !header.get(i).isEmpty()) {
                    attributes.put(header.get(i), value);
                }
            }
            List<String> problems = new ArrayList<>();
            Double lat = number(byName.get("lat"), "lat", problems);
            Double lon = number(byName.get("lon"), "lon", problems);
            String state = byName.get("state") == null ? null : byName.get("state").toUpperCase(Locale.ROOT);
            rows.add(new Row(n + 1, new ComponentDraft(byName.get("id"), byName.get("categoryCode"), byName.get("name"),
                    lat, lon, coordSystem, byName.get("ownerDepartmentCode"), byName.get("maintainerDepartmentCode"),
                    state, attributes.isEmpty() ? null : attributes.toString()), problems));
        }
        return rows;
    }

    private static Double number(String value, String field, List<String> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            problems.add(field + " must be a number");
            return null;
        }
    }

    private Uni<Known> known() {
        return sql.rows("SELECT code FROM category WHERE kind = ?1 AND active", CategoryKind.COMPONENT.name())
                .chain(categories -> sql.rows("SELECT code FROM department WHERE active").map(departments -> new Known(
                        categories.stream().map(c -> (String) c[0]).collect(Collectors.toSet()),
                        departments.stream().map(d -> (String) d[0]).collect(Collectors.toSet()))));
    }


    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
