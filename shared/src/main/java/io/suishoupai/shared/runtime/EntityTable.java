package io.suishoupai.shared.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;

/**
 * How one entity class maps to its table, read from the same annotations Hibernate reads: the table, the id column
 * (and whether the database generates it), and each persistent field's column — its {@code @Column} name, else its
 * snake_case name (every entity here names its camelCase columns); synthetic fields ({@code $$…}) are skipped. For
 * writing an entity as a row on the pool ({@link CurrentEntities#save}). The entities are registered for reflection
 * ({@code RowEntities}), so this reads them in a native image too.
 */
record EntityTable(String table, ColumnField id, boolean generatedId, ColumnField version, List<ColumnField> columns) {

    /** A persistent field and its column. */
    record ColumnField(Field field, String column) {

        Object valueOf(Object entity) {
            try {
                return field.get(entity);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("An entity's field is not accessible: " + field, e);
            }
        }

        void set(Object entity, Object value) {
            try {
                field.set(entity, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("An entity's field is not accessible: " + field, e);
            }
        }
    }

    private static final Map<Class<?>, EntityTable> KNOWN = new ConcurrentHashMap<>();

    static EntityTable of(Class<?> type) {
        return KNOWN.computeIfAbsent(type, EntityTable::read);
    }

    /** Whether the entity has an optimistic version (the case): such rows are written with their check. */
    boolean versioned() {
        return version != null;
    }

    /** The columns other than the id, in declaration order. */
    List<ColumnField> values() {
        return columns.stream().filter(c -> c != id).toList();
    }

    /**
     * The fields the entity declares, its own and its entity superclasses' (declared, so a field need not be public).
     */
    private static List<Field> fieldsOf(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c.getName().startsWith("io.suishoupai."); c = c.getSuperclass()) {
            fields.addAll(0, List.of(c.getDeclaredFields()));
        }
        return fields;
    }

    private static EntityTable read(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalStateException(type.getSimpleName() + " names no table");
        }
        var snake = new PropertyNamingStrategies.SnakeCaseStrategy();
        List<ColumnField> columns = new ArrayList<>();
        ColumnField id = null;
        boolean generated = false;
        ColumnField version = null;
        for (Field field : fieldsOf(type)) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.getName().startsWith("$$")
                    || field.isAnnotationPresent(Transient.class)) {
                continue;
            }
            field.setAccessible(true);
            Column column = field.getAnnotation(Column.class);
            var mapped = new ColumnField(field, column != null && !column.name().isEmpty() ? column.name()
                    : snake.translate(field.getName()));
            columns.add(mapped);
            if (field.isAnnotationPresent(Id.class)) {
                id = mapped;
                generated = field.isAnnotationPresent(GeneratedValue.class);
            }
            if (field.isAnnotationPresent(Version.class)) {
                version = mapped;
            }
        }
        if (id == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no @Id field");
        }
        return new EntityTable(table.name(), id, generated, version, List.copyOf(columns));
    }
}
