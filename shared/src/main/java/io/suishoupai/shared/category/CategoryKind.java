package io.suishoupai.shared.category;

/** CJ/T 214: a component (部件) is a city asset; an event (事件) is something happening in the street. */
public enum CategoryKind {
    COMPONENT, EVENT
}
