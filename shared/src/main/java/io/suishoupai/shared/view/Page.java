package io.suishoupai.shared.view;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** {"items":[…],"page","size","total"} */
@RegisterForReflection
public record Page<T>(List<T> items, int page, int size, long total) {
}
