package io.suishoupai.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the test servers, for asserting what was (or was not) stored. */
public final class TestInfra {

    static final String JDBC_URL = "test-infra.jdbc-url";
    static final String PRIVATE_KEY = "test-infra.private-key";
    static final String S3_BASE_DIR = "test-infra.s3-base-dir";

    private TestInfra() {
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set: is the test annotated with SuishoupaiTestResource?");
        }
        return value;
    }

    /** The JDBC URL of the test database (another database on the same server: replace the last path part). */
    public static String jdbcUrl() {
        return property(JDBC_URL);
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(property(JDBC_URL), "postgres", "postgres");
    }

    /** The single number a query returns, e.g. {@code count("select count(*) from city_case")}. */
    public static long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The single text a query returns. */
    public static String string(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String bucket() {
        return property("suishoupai.storage.bucket");
    }
}
