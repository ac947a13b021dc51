package io.suishoupai.shared.category;

public enum Urgency {
    NORMAL, URGENT, CRITICAL
}
