package io.suishoupai.shared.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A function anyone may call, without a token (what it shows may still depend on who asks). The counterpart of
 * {@link Allowed}: every {@code @Funq} carries exactly one of the two.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {
}
