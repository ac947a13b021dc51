package io.suishoupai.triage.service;

import static io.suishoupai.triage.service.ImportFields.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.suishoupai.shared.runtime.SqlValues;

import io.suishoupai.shared.runtime.CurrentEntities;

import org.locationtech.jts.geom.Geometry;

import com.fasterxml.jackson.databind.JsonNode;

import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.FieldError;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.ProblemException;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.geo.CoordSystem;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.routing.AreaKind;
import io.suishoupai.shared.routing.AreaRules;
import io.suishoupai.shared.routing.Polygons;
import io.suishoupai.shared.runtime.Reactive;
import io.suishoupai.shared.time.AppClock;
import io.suishoupai.triage.dto.AreaQuery;
import io.suishoupai.triage.dto.ImportAreasRequest;
import io.suishoupai.triage.dto.ImportReport;
import io.suishoupai.triage.dto.ReferenceViews.AreaView;
import io.suishoupai.triage.dto.SaveAreaRequest;
import io.smallrye.mutiny.Uni;

/**
 * Areas: one saved at a time, or a FeatureCollection imported at once. Both check with {@link AreaRules} and
 * {@link Polygons}, convert the shape to WGS-84, and upsert by code. An import saves every valid feature in one
 * transaction and reports each refused one with its reasons.
 */
@ApplicationScoped
public class AreaService {

    /** Features in one import; the body limit for imports (16 MB) usually binds first. */
    static final int MAX_FEATURES = 20_000;

    @Inject
    Reactive reactive;

    @Inject
    AppClock clock;

    @Inject
    CurrentEntities entities;

    /** A checked area, ready to write. */
    private record Checked(String code, String name, AreaKind kind, String parentCode, String geojson,
            Geometry geometry, boolean active) {
    }

    public Uni<AreaView> save(SaveAreaRequest r) {
        InputCheck check = InputCheck.of(r).present(r.geojson(), "geojson");
        CoordSystem.check(check, r.coordSystem(), "coordSystem").orThrow();
        String parent = InputCheck.blankToNull(r.parentCode());
        Instant now = clock.now();
        return reactive.poolTransaction(() -> kindsOf(parent == null ? Set.of() : Set.of(parent)).chain(known -> {
            List<FieldError> problems = AreaRules.problems(r.code(), r.name(), r.kind(), parent, known);
            if (!problems.isEmpty()) {
                throw problems.stream().anyMatch(p -> p.message().startsWith(AreaRules.UNKNOWN_PARENT))
                        ? Problems.unprocessable(ErrorCode.UNKNOWN_AREA, "There is no area " + parent + ".")
                        : Problems.invalid(problems);
            }
            Checked area = shape(r.code(), r.name(), AreaKind.parse(r.kind()).orElseThrow(), parent,
                    r.geojson().toString(), CoordSystem.orDefault(r.coordSystem()), r.active() == null || r.active());
            return entities.find(Area.class, area.code()).chain(existing -> write(existing, area, now));
        })).map(AreaView::of);
    }

    /** Bounded by what admins saved; a kind narrows it (10 000 grids are one call's worth of text otherwise). */
    public Uni<List<AreaView>> list(AreaQuery query) {
        InputCheck check = InputCheck.of(query).require(query.getKind() == null || AreaKind.parse(query.getKind())
                .isPresent(), "kind", "must be one of " + java.util.Arrays.toString(AreaKind.values()));
        CoordSystem.check(check, query.getCoordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(query.getCoordSystem());
        AreaKind kind = query.getKind() == null ? null : AreaKind.parse(query.getKind()).orElseThrow();
        return reactive.poolSession(() -> kind == null ? entities.list(Area.class, "SELECT * FROM area ORDER BY code")
                : entities.list(Area.class, "SELECT * FROM area WHERE kind = ?1 ORDER BY code", kind.name()))
                .map(list -> list.stream().map(a -> AreaView.of(a, system)).toList());
    }

    public Uni<ImportReport> importAll(ImportAreasRequest r) {
        InputCheck check = InputCheck.of(r)
                .require("FeatureCollection".equals(r.type()), "type", "must be FeatureCollection")
                .require(r.features() != null && !r.features().isEmpty() && r.features().size() <= MAX_FEATURES,
                        "features", "must hold 1 to " + MAX_FEATURES + " features");
        CoordSystem.check(check, r.coordSystem(), "coordSystem").orThrow();
        CoordSystem system = CoordSystem.orDefault(r.coordSystem());
        List<JsonNode> features = r.features();
        Instant now = clock.now();
        Set<String> parents = features.stream().map(f -> text(f.path("properties"), "parentCode"))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        return reactive.poolTransaction(() -> kindsOf(parents).chain(stored -> {
            Map<String, AreaKind> known = new HashMap<>(stored);
            // the file's own areas may be parents (in any order)
            features.forEach(f -> AreaKind.parse(text(f.path("properties"), "kind"))
                    .ifPresent(k -> known.putIfAbsent(String.valueOf(text(f.path("properties"), "code")), k)));
            Map<String, Checked> valid = new LinkedHashMap<>();
            Map<String, Integer> indexOf = new HashMap<>();
            List<ImportReport.Refused> refused = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                JsonNode f = features.get(i);
                JsonNode p = f.path("properties");
                String code = text(p, "code");
                List<String> reasons = new ArrayList<>();
                if (!"Feature".equals(f.path("type").asText())) {
                    reasons.add("type must be Feature");
                }
                AreaRules.problems(code, text(p, "name"), text(p, "kind"), text(p, "parentCode"), known)
                        .forEach(e -> reasons.add(e.message()));
                if (code != null && valid.containsKey(code)) {
                    reasons.add("code " + code + " appears twice in the file");
                }
                Checked area = null;
                if (reasons.isEmpty()) {
                    try {
                        area = shape(code, text(p, "name"), AreaKind.parse(text(p, "kind")).orElseThrow(),
                                text(p, "parentCode"), f.path("geometry").toString(), system,
                                !p.path("active").isBoolean() || p.path("active").asBoolean());
                    } catch (ProblemException e) {
                        reasons.add(e.getMessage());
                    }
                }
                if (reasons.isEmpty()) {
                    valid.put(code, area);
                    indexOf.put(code, i);
                } else {
                    refused.add(new ImportReport.Refused(i, code, reasons));
                }
            }
            refused = withParentsRefused(refused, valid, stored, indexOf);
            List<Checked> toSave = List.copyOf(valid.values());
            List<ImportReport.Refused> report = refused;
            // new and stored areas alike are written whole, in one statement
            List<Area> written = new ArrayList<>();
            for (Checked c : toSave) {
                Area a = new Area();
                apply(a, c, now);
                written.add(a);
            }
            return entities.saveAll(written)
                    .map(done -> new ImportReport(features.size(), toSave.size(), report));
        }));
    }

    /** A feature whose parent exists only in the file and was refused is refused too (repeated until none is). */
    private static List<ImportReport.Refused> withParentsRefused(List<ImportReport.Refused> refused,
            Map<String, Checked> valid, Map<String, AreaKind> stored, Map<String, Integer> indexOf) {
        List<ImportReport.Refused> all = new ArrayList<>(refused);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Checked c : List.copyOf(valid.values())) {
                if (c.parentCode() != null && !valid.containsKey(c.parentCode()) && !stored.containsKey(c.parentCode())) {
                    valid.remove(c.code());
                    all.add(new ImportReport.Refused(indexOf.get(c.code()), c.code(), List.of("parentCode " + c.parentCode()
                            + " was refused in this file")));
                    changed = true;
                }
            }
        }
        all.sort(java.util.Comparator.comparingInt(ImportReport.Refused::index));
        return all;
    }

    private static Checked shape(String code, String name, AreaKind kind, String parentCode, String geojson,
            CoordSystem system, boolean active) {
        Geometry given = Polygons.parse(geojson); // refuses a bad shape in the system it was given in
        String wgs84 = Polygons.toWgs84(geojson, system);
        return new Checked(code, name.strip(), kind, InputCheck.blankToNull(parentCode), wgs84,
                system.isWgs84() ? given : Polygons.parse(wgs84), active);
    }

    private Uni<Area> write(Area existing, Checked c, Instant now) {
        Area a = existing != null ? existing : new Area();
        apply(a, c, now);
        return entities.save(a);
    }

    private static void apply(Area a, Checked c, Instant now) {
        a.code = c.code();
        a.name = c.name();
        a.kind = c.kind();
        a.parentCode = c.parentCode();
        a.shape(c.geojson(), c.geometry());
        a.active = c.active();
        a.updatedAt = now;
    }

    /** The kinds of the stored areas with these codes. */
    private Uni<Map<String, AreaKind>> kindsOf(Set<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return entities.list(Area.class, "SELECT * FROM area WHERE code " + SqlValues.inTexts("?1"),
                SqlValues.jsonArray(codes))
                .map(areas -> areas.stream().collect(Collectors.toMap(a -> a.code, a -> a.kind)));
    }
}
