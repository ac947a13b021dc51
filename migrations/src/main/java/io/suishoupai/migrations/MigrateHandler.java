package io.suishoupai.migrations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.output.MigrateResult;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/**
 * The migration deploy step as an AWS Lambda handler ({@code io.suishoupai.migrations.MigrateHandler}): it runs
 * inside the VPC next to the database, and Terraform invokes it once per release, before the functions of that
 * release take traffic. It reads the same variables as {@link Migrate#main}. The answer names the schema version,
 * so a failed migration fails the Terraform apply.
 */
public class MigrateHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final Map<String, String> env;

    public MigrateHandler() {
        this(System.getenv());
    }

    /** For tests and wrappers: the variables come from this map instead of the process environment. */
    public MigrateHandler(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String url = env.get(Migrate.JDBC_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("Set " + Migrate.JDBC_URL + " (and " + Migrate.USER + ", "
                    + Migrate.PASSWORD + ")");
        }
        String password = Migrate.password(env);
        MigrateResult result = Migrate.migrate(url, env.get(Migrate.USER), password);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("schemaVersion", Migrate.currentVersion(url, env.get(Migrate.USER), password));
        answer.put("migrationsApplied", result.migrationsExecuted);
        answer.put("release", event == null ? null : event.get("release"));
        return answer;
    }
}
