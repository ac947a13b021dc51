package io.suishoupai.reminders.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class NotificationDeliveryTest {

    @Test
    void lastErrorNamesTheKindOfFailureNeverTheConnectionsDetails() {
        assertEquals("could not connect", NotificationDelivery.failureKind(
                new CompletionException(new ConnectException("Connection refused: /10.0.0.7:5432"))));
        assertEquals("timed out", NotificationDelivery.failureKind(new HttpTimeoutException("request timed out")));
        assertEquals("delivery failed", NotificationDelivery.failureKind(
                new java.io.IOException("HTTP/1.1 header parser received no bytes from 10.0.0.7:6379")));
    }
}
