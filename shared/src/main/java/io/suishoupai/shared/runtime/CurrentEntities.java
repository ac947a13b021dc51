package io.suishoupai.shared.runtime;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Entities read and written in the caller's unit of work on the pool ({@link CurrentSql}) as plain copies: read from
 * {@code row_to_json} ({@link RowJson}), written as one statement over {@code json_populate_record} (the table's own
 * row type parses each value as the column's type). For reference data and the requests beside a case (areas, rules,
 * departments, templates, extension and suspension requests). Nothing is managed: a caller that changes what it read
 * saves it ({@link #save}). Versioned entities (the case) are not written by {@link #save}: {@link #saveVersioned}
 * writes them with their version check.
 */
@ApplicationScoped
public class CurrentEntities {

    /** Where {@link #track} keeps the rows as read, among the pool transaction's context data. */
    private static final String TRACKED = "suishoupai.tracked-rows";

    @Inject
    RowJson rows;

    /** The rows of {@code sql} (a SELECT of the entity's table, every column, {@code ?n} placeholders) as entities. */
    public <T> Uni<List<T>> list(Class<T> type, String sql, Object... values) {
        return CurrentSql.here().rows("SELECT row_to_json(x)::text FROM (" + sql + ") x", values)
                .map(found -> found.stream().map(row -> rows.read((String) row[0], type)).toList());
    }

    /** The table {@link #save} writes an entity of this class to (its {@code @Table}). */
    public static String tableOf(Class<?> type) {
        return EntityTable.of(type).table();
    }

    /** The columns {@link #save} writes for an entity of this class, id first where it is declared first. */
    public static List<String> columnsOf(Class<?> type) {
        return EntityTable.of(type).columns().stream().map(EntityTable.ColumnField::column).toList();
    }

    /** The first row of {@code sql} as an entity, or null. */
    public <T> Uni<T> first(Class<T> type, String sql, Object... values) {
        return list(type, sql, values).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The entity with this id, or null. */
    public <T> Uni<T> find(Class<T> type, Object id) {
        EntityTable table = EntityTable.of(type);
        return firstWhere(type, "t." + quoted(table.id().column()) + " = ?1", id);
    }

    /**
     * The first entity of the class's table that passes {@code condition} (SQL after WHERE, with its ORDER BY, written
     * from the caller's constants, never a caller's input), each field read from its own column; or null.
     */
    public <T> Uni<T> firstWhere(Class<T> type, String condition, Object... values) {
        return first(type, selectAll(EntityTable.of(type)) + " WHERE " + condition + " LIMIT 1", values);
    }

    /**
     * Every column of the table as {@code row_to_json} names them, plus each column whose field is not its snake_case
     * name again under the field's name, so {@link RowJson} reads it (SuspensionRequest.until is resume_at).
     */
    static String selectAll(EntityTable table) {
        var snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        String renamed = table.columns().stream()
                .filter(c -> !snake.translate(c.field().getName()).equals(c.column()))
                .map(c -> ", t." + quoted(c.column()) + " AS " + quoted(snake.translate(c.field().getName())))
                .collect(Collectors.joining());
        return "SELECT t.*" + renamed + " FROM " + table.table() + " t";
    }

    /**
     * Writes the entity: a new one is inserted (an id the database generates is set on it), a stored one is
     * overwritten column by column. Answers the entity.
     */
    public <T> Uni<T> save(T entity) {
        EntityTable table = EntityTable.of(entity.getClass());
        if (table.versioned()) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " is versioned: write it with its check");
        }
        Object id = table.id().valueOf(entity);
        List<EntityTable.ColumnField> written = id == null && table.generatedId() ? table.values() : table.columns();
        String columns = written.stream().map(c -> quoted(c.column())).collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + table.table() + " (" + columns + ") SELECT " + columns
                + " FROM json_populate_record(NULL::" + table.table() + ", CAST(CAST(?1 AS text) AS json))";
        if (id != null) {
            sql += " ON CONFLICT (" + quoted(table.id().column()) + ") DO UPDATE SET " + table.values().stream()
                    .map(c -> quoted(c.column()) + " = EXCLUDED." + quoted(c.column())).collect(Collectors.joining(", "));
        }
        sql += " RETURNING " + quoted(table.id().column());
        return CurrentSql.here().value(sql, asRow(table, entity)).map(stored -> {
            if (id == null) {
                table.id().set(entity, stored instanceof Number n && table.id().field().getType() == Long.class
                        ? Long.valueOf(n.longValue()) : stored);
            }
            return entity;
        });
    }

    /**
     * Saves each. Entities of one class whose ids are given (codes, not generated) are one statement over a JSON
     * array ({@code json_populate_recordset}), so an import of thousands of areas is one round trip; otherwise one
     * after the other, in order.
     */
    public <T> Uni<Void> saveAll(List<T> entities) {
        if (entities.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        EntityTable table = EntityTable.of(entities.get(0).getClass());
        boolean oneStatement = !table.versioned()
                && entities.stream().allMatch(e -> e.getClass() == entities.get(0).getClass()
                        && table.id().valueOf(e) != null);
        if (!oneStatement) {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (T entity : entities) {
                chain = chain.chain(() -> save(entity)).replaceWithVoid();
            }
            return chain;
        }
        String columns = table.columns().stream().map(c -> quoted(c.column())).collect(Collectors.joining(", "));
        var array = rows.arrayNode();
        entities.forEach(e -> array.add(rowOf(table, e)));
        return CurrentSql.here().update("INSERT INTO " + table.table() + " (" + columns + ") SELECT " + columns
                + " FROM json_populate_recordset(NULL::" + table.table() + ", CAST(CAST(?1 AS text) AS json)) "
                + "ON CONFLICT (" + quoted(table.id().column()) + ") DO UPDATE SET " + table.values().stream()
                        .map(c -> quoted(c.column()) + " = EXCLUDED." + quoted(c.column()))
                        .collect(Collectors.joining(", ")), array.toString()).replaceWithVoid();
    }

    /** Deletes the entity's row (by its id). */
    public Uni<Void> delete(Object entity) {
        EntityTable table = EntityTable.of(entity.getClass());
        return CurrentSql.here().update("DELETE FROM " + table.table() + " WHERE " + quoted(table.id().column())
                + " = ?1", table.id().valueOf(entity)).replaceWithVoid();
    }

    /**
     * Remembers the entity's columns as read, in this unit of work, so {@link #changedColumns} can tell what the work
     * changed since (a dirty check, for the one versioned entity: the case). Nothing outside a unit of work on the
     * pool (a read straight from the pool keeps nothing to compare with).
     */
    public void track(Object entity) {
        Context context = Vertx.currentContext();
        if (context == null || CurrentSql.poolConnection() == null) {
            return;
        }
        Map<Object, ObjectNode> tracked = context.getLocal(TRACKED);
        if (tracked == null) {
            tracked = new IdentityHashMap<>();
            context.putLocal(TRACKED, tracked);
        }
        tracked.put(entity, rowOf(EntityTable.of(entity.getClass()), entity));
    }

    /** The columns whose value differs from when {@link #track} last saw the entity; null when it never did. */
    public Set<String> changedColumns(Object entity) {
        ObjectNode before = tracked(entity);
        if (before == null) {
            return null;
        }
        EntityTable table = EntityTable.of(entity.getClass());
        ObjectNode now = rowOf(table, entity);
        Set<String> changed = new LinkedHashSet<>();
        now.fieldNames().forEachRemaining(column -> {
            if (!now.get(column).equals(before.get(column))) {
                changed.add(column);
            }
        });
        return changed;
    }

    private static ObjectNode tracked(Object entity) {
        Context context = Vertx.currentContext();
        Map<Object, ObjectNode> tracked = context == null ? null : context.getLocal(TRACKED);
        return tracked == null ? null : tracked.get(entity);
    }

    /**
     * Writes these columns of a versioned entity if its row is still at the version the entity holds,
     * and counts one version up (the entity too, and it is tracked anew); false when someone changed the row since.
     */
    public Uni<Boolean> saveVersioned(Object entity, Set<String> columns) {
        EntityTable table = EntityTable.of(entity.getClass());
        EntityTable.ColumnField version = table.version();
        if (version == null) {
            throw new IllegalStateException(entity.getClass().getSimpleName() + " has no version");
        }
        String set = columns.stream().filter(c -> !c.equals(version.column()) && !c.equals(table.id().column()))
                .map(c -> quoted(c) + " = r." + quoted(c) + ", ").collect(Collectors.joining());
        String v = quoted(version.column());
        String sql = "UPDATE " + table.table() + " t SET " + set + v + " = t." + v + " + 1 FROM json_populate_record("
                + "NULL::" + table.table() + ", CAST(CAST(?1 AS text) AS json)) r WHERE t." + quoted(table.id().column())
                + " = ?2 AND t." + v + " = ?3";
        int at = ((Number) version.valueOf(entity)).intValue();
        return CurrentSql.here().update(sql, rowOf(table, entity).toString(), table.id().valueOf(entity), at)
                .map(updated -> {
                    if (updated == 0) {
                        return false;
                    }
                    version.set(entity, at + 1);
                    if (tracked(entity) != null) {
                        track(entity);
                    }
                    return true;
                });
    }

    /** The entity's columns as one JSON object, keyed by column, each value as the API's JSON writes it. */
    private String asRow(EntityTable table, Object entity) {
        return rowOf(table, entity).toString();
    }

    private ObjectNode rowOf(EntityTable table, Object entity) {
        ObjectNode row = rows.objectNode();
        for (EntityTable.ColumnField column : table.columns()) {
            row.set(column.column(), rows.tree(column.valueOf(entity)));
        }
        return row;
    }

    private static String quoted(String column) {
        return '"' + column + '"';
    }
}
