package io.suishoupai.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Demo grids and a demo component for the all-in-one app on embedded defaults, so the README walk-through shows a
 * grid on a case. Written only into a database without any area: a city that saved its own never gets them.
 */
public final class DemoData {

    static final String RESOURCE = "/demo/demo-data.sql";

    private DemoData() {
    }

    /** Returns whether the demo data was written. */
    public static boolean seedIfNoAreas(String jdbcUrl, String user, String password) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM area")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            st.execute(sql());
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the demo data: " + e.getMessage(), e);
        }
    }

    /** Writes what of the demo data is missing, whatever else exists (the README walk-through's test). */
    public static void seed(String jdbcUrl, String user, String password) {
        try (Connection db = DriverManager.getConnection(jdbcUrl, user, password);
                Statement st = db.createStatement()) {
            st.execute(sql());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the demo data: " + e.getMessage(), e);
        }
    }

    private static String sql() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The demo data " + RESOURCE + " is missing from the build", e);
        }
    }
}
