package io.suishoupai.shared.caseflow;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.suishoupai.shared.runtime.CurrentSql;
import io.suishoupai.shared.runtime.RowJson;

/**
 * A case read as a row onto a plain {@link CityCase}, never managed by a session: how work in a pool transaction
 * (a function built without Hibernate) gets the case it moves. {@link CaseJournal#move} then writes the move and
 * checks the version the row was read with.
 */
@ApplicationScoped
public class CaseRows {

    @Inject
    CurrentSql sql;

    @Inject
    RowJson rows;

    /**
     * The cases of {@code city_case c} that pass {@code where} (SQL after WHERE, with its ORDER BY and LIMIT, written
     * by the caller from its own constants, never from a caller's input), in that order.
     */
    public Uni<List<CityCase>> where(String where, Object... values) {
        return sql.rows("SELECT row_to_json(c)::text FROM city_case c WHERE " + where, values)
                .map(found -> found.stream().map(row -> rows.read((String) row[0], CityCase.class)).toList());
    }

    /** The case with this number, or 404 {@code CASE_NOT_FOUND}. */
    public Uni<CityCase> getByNumber(CaseNumber number) {
        return sql.first("SELECT row_to_json(c)::text FROM city_case c WHERE c.case_number = ?1", number.value())
                .map(row -> {
                    if (row == null) {
                        throw CityCase.notFound(number.toString());
                    }
                    return rows.read((String) row[0], CityCase.class);
                });
    }
}
