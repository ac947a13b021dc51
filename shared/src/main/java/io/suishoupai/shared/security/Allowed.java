package io.suishoupai.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Who may call a function: the one declaration of its access, on the {@code @Funq} method. {@link AllowedCheck}
 * enforces it before the method runs (401 without a valid token, 403 without one of the roles); the access-control
 * test table, the Terraform catalogue's route roles and the OpenAPI operations' security are checked against it.
 * A function anyone may call says {@link Public} instead; a {@code @Funq} with neither fails a test.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Allowed {

    /** Any one of these roles is enough. */
    @Nonbinding
    Role[] value();
}
