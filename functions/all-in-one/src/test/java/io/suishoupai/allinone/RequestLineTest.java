package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;

/**
 * A request line that is not valid HTTP (raw UTF-8 in the query string, a broken percent escape) is refused by the
 * HTTP server's decoder before any handler of ours runs: it answers 400 and closes the connection — never a 500,
 * never a hang. Quarkus offers no hook to give that answer a body (issue #12, B11; RELIABILITY.md says why). The
 * same request percent-encoded, as every HTTP client sends it, is answered by the function.
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class RequestLineTest {

    @TestHTTPResource("/")
    URL base;

    String raw(String target) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void anInvalidRequestLineIsA400NotA500() throws Exception {
        for (String target : new String[] {"/search-cases?q=树", "/open311/v2/requests.json?status=已受理",
                "/search-cases?q=%zz"}) {
            String answer = raw(target);
            assertTrue(answer.startsWith("HTTP/1.1 400"), target + " answered " + answer);
        }
    }

    @Test
    void theSameQueryPercentEncodedIsAnswered() throws Exception {
        String answer = raw("/search-cases?q=%E6%A0%91");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("application/json"), answer);
    }
}
