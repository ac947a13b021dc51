package io.suishoupai.shared.contract;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@code @Funq} method: a read that changes nothing, documented as {@code GET} with its input as query
 * parameters (Funqy binds them through the input class's setters, so its input is a setter class, never a record).
 * Without it a function is documented as {@code POST} with a JSON body. The OpenAPI documents, the access-control
 * test table and the Terraform catalogue's routes all take a function's method from here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadOnly {
}
