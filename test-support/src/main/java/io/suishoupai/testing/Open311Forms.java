package io.suishoupai.testing;

import java.util.HashMap;
import java.util.Map;

/** The form fields an Open311 client (FixMyStreet, a city's own app) posts to submit a service request. */
public final class Open311Forms {

    private Open311Forms() {
    }

    /**
     * A request in Xianning under {@code apiKey}, with {@code changes} applied: name, value pairs, a null value
     * removing the field.
     */
    public static Map<String, Object> request(String apiKey, Object... changes) {
        Map<String, Object> form = new HashMap<>(Map.of("service_code", "02-05-03",
                "lat", "29.8421", "long", "114.3225", "address_string", "咸安区金桂西路 12 号",
                "description", "人行道上堆满建筑材料", "email", "resident@example.org",
                "media_url", "https://example.org/photos/123.jpg"));
        if (apiKey != null) {
            form.put("api_key", apiKey);
        }
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) {
                form.remove((String) changes[i]);
            } else {
                form.put((String) changes[i], changes[i + 1]);
            }
        }
        return form;
    }
}
