package io.suishoupai.apidocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.jboss.jandex.ClassType;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.ParameterizedType;
import org.jboss.jandex.Type;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.smallrye.mutiny.Uni;

/** The schemas the OpenAPI documents give DTOs, from a Jandex index of a few records like the functions' own. */
class JsonSchemasTest {

    enum Colour {
        RED, GREEN
    }

    record Item(String name, int count, Colour colour, Instant at) {
    }

    record Page<T>(List<T> items, long total, @JsonInclude(JsonInclude.Include.NON_NULL) String next) {
    }

    /** An area's GeoJSON is kept as text and written as the JSON it holds. */
    record Shape(String code, @com.fasterxml.jackson.annotation.JsonRawValue String geojson) {
    }

    /** A body holding a library's type, as an area's import holds GeoJSON. */
    record Feature(com.fasterxml.jackson.databind.JsonNode geometry) {
    }

    static final Index INDEX;

    static {
        try {
            INDEX = Index.of(Item.class, Page.class, Colour.class, Shape.class, Feature.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Type page(Class<?> of) {
        return ParameterizedType.create(DotName.createSimple(Uni.class.getName()), new Type[] {
                ParameterizedType.create(DotName.createSimple(Page.class.getName()),
                        new Type[] {ClassType.create(DotName.createSimple(of.getName()))}, null)}, null);
    }

    @Test
    void aRawStringIsDocumentedAsAnyJsonNotAsAString() {
        Schema shape = JsonSchemas.ofResponse(INDEX, ClassType.create(DotName.createSimple(Shape.class.getName())));
        Schema geojson = shape.getProperties().get("geojson");
        assertTrue(geojson.getType() == null || geojson.getType().isEmpty(), "any JSON value: " + geojson.getType());
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), shape.getProperties().get("code").getType());
    }

    @Test
    void aLibraryTypeOutsideTheIndexIsAnObject() {
        Schema feature = JsonSchemas.ofRequest(INDEX, ClassType.create(DotName.createSimple(Feature.class.getName())));
        assertEquals(List.of(SchemaType.OBJECT, SchemaType.NULL), feature.getProperties().get("geometry").getType());
    }

    @Test
    void aResponseRecordIsAClosedObjectWithItsComponentsRequiredAndReferencesNullable() {
        Schema item = JsonSchemas.ofResponse(INDEX, ClassType.create(DotName.createSimple(Item.class.getName())));
        assertEquals(List.of(SchemaType.OBJECT), item.getType());
        assertFalse(item.getAdditionalPropertiesBoolean());
        assertEquals(List.of("name", "count", "colour", "at"), item.getRequired());
        Map<String, Schema> p = item.getProperties();
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), p.get("name").getType());
        assertEquals(List.of(SchemaType.INTEGER), p.get("count").getType(), "a primitive is never null");
        assertEquals("int32", p.get("count").getFormat());
        assertEquals("date-time", p.get("at").getFormat());
        assertEquals(java.util.Arrays.asList("RED", "GREEN", null), p.get("colour").getEnumeration());
    }

    @Test
    void aGenericPageOfAUniIsItsItemsWithTheTypeArgumentBound() {
        Schema page = JsonSchemas.ofResponse(INDEX, page(Item.class));
        assertEquals(List.of("items", "total"), page.getRequired(), "a NON_NULL component may be left out");
        Schema items = page.getProperties().get("items");
        assertEquals(List.of(SchemaType.ARRAY, SchemaType.NULL), items.getType());
        assertEquals(List.of("name", "count", "colour", "at"), items.getItems().getRequired());
    }

    @Test
    void aRequestRecordRequiresNothingItsChecksDoNotSay() {
        Schema item = JsonSchemas.ofRequest(INDEX, ClassType.create(DotName.createSimple(Item.class.getName())));
        assertNull(item.getRequired());
        assertFalse(item.getAdditionalPropertiesBoolean(), "unknown properties are refused (StrictJson)");
    }
}
