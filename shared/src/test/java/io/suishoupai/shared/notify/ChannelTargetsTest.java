package io.suishoupai.shared.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ChannelTargetsTest {

    static Optional<String> refusal(String url, boolean allowPrivate) {
        URI uri = URI.create(url);
        return ChannelTargets.refusal(uri, ChannelTargets.resolve(uri), allowPrivate);
    }

    @Test
    void internalTargetsAreRefusedOutsideTheEmbeddedDefaults() {
        for (String url : List.of("https://169.254.169.254/latest/meta-data/", "https://127.0.0.1:8080/x",
                "https://localhost/x", "https://10.1.2.3/x", "https://172.16.0.1/x", "https://192.168.1.1/x",
                "https://100.64.0.1/x", "https://[::1]/x", "https://[fd00::1]/x", "https://[fe80::1]/x",
                "https://0.0.0.0/x", "https://[::ffff:127.0.0.1]/x")) {
            assertTrue(refusal(url, false).orElse("").contains("not public"), url + " → " + refusal(url, false));
        }
    }

    @Test
    void httpAndUnresolvableHostsAreRefusedAndPublicAddressesPass() {
        assertEquals(Optional.of("must be https"), refusal("http://203.0.113.10/hook", false));
        assertEquals(Optional.of("its host does not resolve"), refusal("https://no-such-host.invalid/hook", false));
        assertEquals(Optional.empty(), refusal("https://203.0.113.10/hook", false));
        assertEquals(Optional.empty(), refusal("https://[2001:db8::10]/hook", false));
    }

    @Test
    void theEmbeddedDefaultsAllowLocalReceivers() throws Exception {
        assertEquals(Optional.empty(), ChannelTargets.refusal(URI.create("http://127.0.0.1:9999/x"),
                List.of(InetAddress.getLoopbackAddress()), true));
    }
}
