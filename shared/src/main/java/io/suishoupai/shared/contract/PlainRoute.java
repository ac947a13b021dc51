package io.suishoupai.shared.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A route served by a plain Vert.x handler, not a {@code @Funq} function (the Open311 routes), declared on the class
 * that registers it so that the function's OpenAPI document names it. Anyone may call it; its own rules (an
 * {@code api_key}) are in {@link #summary()}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(PlainRoute.List.class)
public @interface PlainRoute {

    /** GET or POST. */
    String method();

    String path();

    String summary();

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        PlainRoute[] value();
    }
}
