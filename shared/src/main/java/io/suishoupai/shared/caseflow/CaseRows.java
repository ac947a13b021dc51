package io.suishoupai.shared.caseflow;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.CurrentEntities;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.RowJson;

/**
 * A case read as a row onto a plain {@link CityCase} and remembered as read ({@link CurrentEntities#track}): how
 * work in a pool transaction gets the case it moves. {@link CaseJournal#move} then writes what changed and checks
 * the version the row was read with.
 */
@ApplicationScoped
public class CaseRows {

    @Inject
    CurrentSql sql;

    @Inject
    RowJson rows;

    @Inject
    CurrentEntities entities;

    /**
     * The cases of {@code city_case c} that pass {@code where} (SQL after WHERE, with its ORDER BY and LIMIT, written
     * by the caller from its own constants, never from a caller's input), in that order.
     */
    public Uni<List<CityCase>> where(String where, Object... values) {
        return sql.rows("SELECT row_to_json(c)::text FROM city_case c WHERE " + where, values)
                .map(found -> found.stream().map(row -> read((String) row[0])).toList());
    }

    /** The case with this number, or null. */
    public Uni<CityCase> findByNumber(CaseNumber number) {
        return sql.first("SELECT row_to_json(c)::text FROM city_case c WHERE c.case_number = ?1", number.value())
                .map(row -> row == null ? null : read((String) row[0]));
    }

    /**
     * Writes what the work changed on a case read here since it was read or last moved (nothing, when nothing
     * changed), checking and counting its version: 409 {@code CONCURRENT_UPDATE} when someone changed it meanwhile.
     * A move writes itself ({@link CaseJournal#move}); this is for the changes that are not moves (a moderation,
     * a placement, an assignment) and whatever a change did after its move.
     */
    public Uni<CityCase> save(CityCase c) {
        Set<String> changed = entities.changedColumns(c);
        if (changed == null) {
            throw new IllegalStateException("Case " + c.caseNumber + " was not read by CaseRows: its changes are unknown");
        }
        if (changed.isEmpty()) {
            return Uni.createFrom().item(c);
        }
        return entities.saveVersioned(c, changed).map(saved -> {
            if (!saved) {
                throw Problems.conflict(ErrorCode.CONCURRENT_UPDATE,
                        "Someone else changed this case at the same moment; reload it and try again.");
            }
            return c;
        });
    }

    /** A row read as a case, remembered as read so {@link #save} knows what changed. */
    private CityCase read(String json) {
        CityCase c = rows.read(json, CityCase.class);
        entities.track(c);
        return c;
    }

    /** The case with this number, or 404 {@code CASE_NOT_FOUND}. */
    public Uni<CityCase> getByNumber(CaseNumber number) {
        return sql.first("SELECT row_to_json(c)::text FROM city_case c WHERE c.case_number = ?1", number.value())
                .map(row -> {
                    if (row == null) {
                        throw CityCase.notFound(number.toString());
                    }
                    return read((String) row[0]);
                });
    }
}
