package io.suishoupai.apidocument;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;
import org.jboss.jandex.TypeVariable;

/**
 * The JSON Schema (OpenAPI 3.1) of a Java type as Jackson reads and writes it here: a record is an object of its
 * components, closed to other properties ({@code StrictJson} refuses unknown properties in requests, and a response
 * carries exactly its record's components); an enum is its constants; a collection an array; a reference type may
 * be null. In a response, a component is required unless {@code @JsonInclude} lets Jackson leave it out.
 */
final class JsonSchemas {

    private static final DotName JSON_INCLUDE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonInclude");
    private static final DotName JSON_RAW_VALUE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonRawValue");
    private static final DotName JSON_PROPERTY = DotName.createSimple("com.fasterxml.jackson.annotation.JsonProperty");
    private static final Map<String, Scalar> SCALARS = new HashMap<>();

    private record Scalar(SchemaType type, String format) {
    }

    static {
        scalar(SchemaType.STRING, null, "java.lang.String", "java.lang.CharSequence", "java.util.UUID",
                "java.lang.Character", "char");
        scalar(SchemaType.STRING, "date-time", "java.time.Instant", "java.time.OffsetDateTime",
                "java.time.ZonedDateTime");
        scalar(SchemaType.STRING, "date", "java.time.LocalDate");
        scalar(SchemaType.STRING, "duration", "java.time.Duration");
        scalar(SchemaType.STRING, "time", "java.time.LocalTime");
        scalar(SchemaType.INTEGER, "int32", "java.lang.Integer", "int", "java.lang.Short", "short", "java.lang.Byte",
                "byte");
        scalar(SchemaType.INTEGER, "int64", "java.lang.Long", "long", "java.math.BigInteger");
        scalar(SchemaType.NUMBER, "double", "java.lang.Double", "double", "java.lang.Float", "float");
        scalar(SchemaType.NUMBER, null, "java.math.BigDecimal", "java.lang.Number");
        scalar(SchemaType.BOOLEAN, null, "java.lang.Boolean", "boolean");
    }

    private static void scalar(SchemaType type, String format, String... names) {
        for (String name : names) {
            SCALARS.put(name, new Scalar(type, format));
        }
    }

    private static final List<String> COLLECTIONS = List.of("java.util.List", "java.util.Set",
            "java.util.Collection", "java.util.SortedSet");

    private final IndexView index;
    private final boolean response;
    private final Deque<DotName> building = new ArrayDeque<>();

    private JsonSchemas(IndexView index, boolean response) {
        this.index = index;
        this.response = response;
    }

    /** What a function answers: {@code Uni<T>} is T. */
    static Schema ofResponse(IndexView index, Type type) {
        return new JsonSchemas(index, true).of(type, Map.of());
    }

    /** What a function reads: a JSON body, or a query parameter (a setter's argument). */
    static Schema ofRequest(IndexView index, Type type) {
        return new JsonSchemas(index, false).of(type, Map.of());
    }

    /** The properties of a setter class (a GET function's input), with its superclasses': name → type. */
    static Map<String, Type> setters(IndexView index, DotName className) {
        Map<String, Type> found = new java.util.LinkedHashMap<>();
        ClassInfo c = index.getClassByName(className);
        while (c != null) {
            for (MethodInfo m : c.methods()) {
                if (m.name().startsWith("set") && m.name().length() > 3 && m.parametersCount() == 1
                        && java.lang.reflect.Modifier.isPublic(m.flags())) {
                    String property = Character.toLowerCase(m.name().charAt(3)) + m.name().substring(4);
                    found.putIfAbsent(property, m.parameterType(0));
                }
            }
            c = c.superName() == null ? null : index.getClassByName(c.superName());
        }
        return found;
    }

    private Schema of(Type type, Map<String, Type> bound) {
        switch (type.kind()) {
            case PRIMITIVE:
            case CLASS:
                return ofClass(type.name(), List.of(), bound);
            case PARAMETERIZED_TYPE:
                return ofClass(type.name(), type.asParameterizedType().arguments(), bound);
            case ARRAY:
                Type element = type.asArrayType().constituent();
                if (type.asArrayType().dimensions() == 1 && "byte".equals(element.name().toString())) {
                    return OASFactory.createSchema().addType(SchemaType.STRING).format("byte");
                }
                return OASFactory.createSchema().addType(SchemaType.ARRAY).items(of(element, bound));
            case TYPE_VARIABLE:
                Type boundTo = bound.get(type.asTypeVariable().identifier());
                return boundTo == null ? any() : of(boundTo, Map.of());
            default:
                return any();
        }
    }

    private Schema ofClass(DotName name, List<Type> arguments, Map<String, Type> bound) {
        String n = name.toString();
        Scalar scalar = SCALARS.get(n);
        if (scalar != null) {
            Schema s = OASFactory.createSchema().addType(scalar.type());
            return scalar.format() == null ? s : s.format(scalar.format());
        }
        if (n.equals("io.smallrye.mutiny.Uni") || n.equals("java.util.Optional")) {
            return arguments.isEmpty() ? any() : of(arguments.get(0), bound);
        }
        if (COLLECTIONS.contains(n)) {
            return OASFactory.createSchema().addType(SchemaType.ARRAY)
                    .items(arguments.isEmpty() ? any() : of(arguments.get(0), bound));
        }
        if (n.equals("java.util.Map") || n.equals("java.util.SortedMap")) {
            Schema values = arguments.size() < 2 ? any() : of(arguments.get(1), bound);
            return OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesSchema(values);
        }
        ClassInfo c = index.getClassByName(name);
        if (c == null) {
            // a library's class, outside the project's index (JsonNode for a GeoJSON body): an object, as the
            // document has always said of it; a name nothing on the class path declares: any value
            return onClassPath(n) ? OASFactory.createSchema().addType(SchemaType.OBJECT) : any();
        }
        if (c.isEnum()) {
            List<Object> constants = new ArrayList<>();
            for (FieldInfo f : c.enumConstants()) {
                constants.add(f.name());
            }
            return OASFactory.createSchema().addType(SchemaType.STRING).enumeration(constants);
        }
        if (!c.isRecord() || building.contains(name)) {
            return OASFactory.createSchema().addType(SchemaType.OBJECT);
        }
        Map<String, Type> typeArguments = new HashMap<>();
        List<TypeVariable> parameters = c.typeParameters();
        for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
            Type argument = arguments.get(i);
            typeArguments.put(parameters.get(i).identifier(), argument.kind() == Type.Kind.TYPE_VARIABLE
                    ? bound.getOrDefault(argument.asTypeVariable().identifier(), argument) : argument);
        }
        building.push(name);
        try {
            Schema object = OASFactory.createSchema().addType(SchemaType.OBJECT).additionalPropertiesBoolean(false);
            boolean allMayBeLeftOut = omitsEmpty(c.declaredAnnotation(JSON_INCLUDE)); // on the class itself, not a member
            for (RecordComponentInfo component : c.recordComponentsInDeclarationOrder()) {
                FieldInfo field = c.field(component.name());
                // a String written raw (@JsonRawValue, e.g. an area's GeoJSON) goes out as the JSON it holds, not a string
                boolean raw = component.hasAnnotation(JSON_RAW_VALUE) || (field != null && field.hasAnnotation(JSON_RAW_VALUE));
                Schema property = raw ? any() : of(component.type(), typeArguments);
                if (component.type().kind() != Type.Kind.PRIMITIVE) {
                    property = nullable(property);
                }
                String json = jsonName(component, field);
                object.addProperty(json, property);
                boolean mayBeLeftOut = allMayBeLeftOut
                        || (field != null && omitsEmpty(field.annotation(JSON_INCLUDE)));
                if (response && !mayBeLeftOut) {
                    object.addRequired(json);
                }
            }
            return object;
        } finally {
            building.pop();
        }
    }

    /** The name Jackson writes: a component's {@code @JsonProperty("…")} (e.g. "private", a Java keyword), else its own. */
    private static String jsonName(RecordComponentInfo component, FieldInfo field) {
        AnnotationInstance named = component.annotation(JSON_PROPERTY);
        if (named == null && field != null) {
            named = field.annotation(JSON_PROPERTY);
        }
        return named != null && named.value() != null && !named.value().asString().isEmpty() ? named.value().asString()
                : component.name();
    }

    private static boolean omitsEmpty(AnnotationInstance include) {
        return include != null && include.value() != null && !"ALWAYS".equals(include.value().asEnum());
    }

    private static Schema nullable(Schema schema) {
        if (schema.getType() == null || schema.getType().isEmpty()) {
            return schema; // any value, null included
        }
        if (schema.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(schema.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
        return schema.addType(SchemaType.NULL);
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, JsonSchemas.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static Schema any() {
        return OASFactory.createSchema();
    }
}
