package io.suishoupai.shared.error;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One field's problem inside a problem-details answer: {@code errors[]}. */
@RegisterForReflection
public record FieldError(String field, String message) {
}
