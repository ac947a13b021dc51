package io.suishoupai.allinone;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.suishoupai.embedded.EmbeddedInfra;

/** Starts the embedded servers when nothing is configured, then every function in this one process. */
@QuarkusMain
public class AllInOneApplication {

    public static void main(String... args) {
        EmbeddedInfra infra = EmbeddedDefaults.applyIfNothingConfigured(System.getenv(), System.getProperties());
        if (infra != null) {
            Logger.getLogger(AllInOneApplication.class).infof(
                    "Embedded defaults: PostgreSQL on port %d, S3 at %s, data in %s; POST /dev/token is enabled",
                    infra.postgres().port(), infra.s3().endpoint(), infra.dataDir());
        }
        Quarkus.run(args);
    }
}
