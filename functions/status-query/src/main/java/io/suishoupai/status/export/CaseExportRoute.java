package io.suishoupai.status.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.suishoupai.shared.config.SuishoupaiConfig;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.error.Problems;
import io.suishoupai.shared.runtime.ConcurrencyGate;
import io.suishoupai.shared.security.Caller;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.stats.CsvCell;
import io.suishoupai.shared.stats.XlsxStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;

/**
 * GET /export-cases?format=csv|xlsx&… (staff): any search as a file, streamed — PostgreSQL's rows come through a
 * cursor 500 at a time and go out as they are encoded, the cursor paused whenever the client reads slower than the
 * database answers, so the memory an export takes does not grow with its rows. A plain Vert.x route (a Funqy
 * function answers JSON only). Bounded: rows per export and exports at once. A failure once rows have gone out
 * cannot become a problem answer any more: the connection is reset, so the client sees a broken download, never a
 * short file that looks whole.
 */
@ApplicationScoped
public class CaseExportRoute {

    private static final Logger LOG = Logger.getLogger(CaseExportRoute.class);
    static final String PATH = "/export-cases";
    static final List<Role> ROLES = List.of(Role.SCREENER, Role.HANDLER, Role.INSPECTOR, Role.LEADER, Role.ADMIN);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Inject
    Pool pool;

    @Inject
    SuishoupaiConfig config;

    ConcurrencyGate gate;

    @PostConstruct
    void init() {
        gate = new ConcurrencyGate(config.stats().exportMaxConcurrent(), "exports");
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::export);
    }

    void export(RoutingContext ctx) {
        Caller caller = CallerResolver.of(ctx.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null);
        CaseExportQuery.Format format;
        CaseExportQuery query;
        ConcurrencyGate.Pass pass;
        try {
            caller.require(ROLES.toArray(Role[]::new));
            if (caller.has(Role.HANDLER) && !caller.hasAny(Role.SCREENER, Role.LEADER, Role.ADMIN, Role.INSPECTOR)
                    && caller.department() == null) {
                throw Problems.forbidden(io.suishoupai.shared.error.ErrorCode.NOT_YOUR_DEPARTMENT,
                        "Your token names no department (dept claim).");
            }
            InputCheck check = InputCheck.of(ctx.queryParams());
            String asked = ctx.queryParams().get("format");
            format = "xlsx".equalsIgnoreCase(asked) ? CaseExportQuery.Format.XLSX
                    : asked == null || "csv".equalsIgnoreCase(asked) ? CaseExportQuery.Format.CSV : null;
            check.require(format != null, "format", "must be csv or xlsx");
            query = CaseExportQuery.of(caller, name -> ctx.queryParams().get(name), check, config.zone());
            check.orThrow();
            pass = gate.enterOrRefuse();
        } catch (RuntimeException e) {
            ctx.fail(e);
            return;
        }
        stream(ctx, format, query, pass);
    }

    private void stream(RoutingContext ctx, CaseExportQuery.Format format, CaseExportQuery query,
            ConcurrencyGate.Pass place) {
        int limit = config.stats().exportMaxRows();
        Once pass = new Once(place);
        pool.getConnection().onFailure(e -> {
            pass.close();
            ctx.fail(Problems.unavailable("The database cannot be reached; try again shortly."));
        }).onSuccess(conn -> conn.begin().onFailure(e -> done(conn, null, pass)).onSuccess(tx -> conn
                .prepare(query.sql(limit)).onFailure(e -> {
                    done(conn, tx, pass);
                    ctx.fail(e);
                }).onSuccess(statement -> {
                    RowStream<Row> rows = statement.createStream(500, Tuple.wrap(new ArrayList<>(query.params())));
                    HttpServerResponse response = ctx.response().setChunked(true);
                    String stamp = LocalDateTime.now(config.zone()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm"));
                    response.putHeader("Content-Disposition", "attachment; filename=\"cases-" + stamp + "."
                            + format.name().toLowerCase() + "\"");
                    response.putHeader("Cache-Control", "no-store");
                    ResponseOut out = new ResponseOut(response);
                    RowWriter writer = format == CaseExportQuery.Format.CSV ? new CsvWriter(out, response)
                            : new XlsxWriter(out, response);
                    rows.exceptionHandler(e -> {
                        LOG.warnf("export failed after it began: %s", e.toString());
                        response.reset();
                        done(conn, tx, pass);
                    });
                    rows.endHandler(ignored -> {
                        writer.finish();
                        out.flush();
                        response.end();
                        done(conn, tx, pass);
                    });
                    rows.handler(row -> {
                        writer.row(cells(row, config.zone()));
                        if (out.flushIfFull() && response.writeQueueFull()) {
                            rows.pause();
                            response.drainHandler(v -> rows.resume());
                        }
                    });
                    response.closeHandler(v -> {
                        if (!response.ended()) { // the client went away: stop reading
                            rows.close();
                            done(conn, tx, pass);
                        }
                    });
                })));
    }

    /** The export's place, given back once however its stream ends (end, error, the client gone). */
    static final class Once {
        private final ConcurrencyGate.Pass place;
        private final java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);

        Once(ConcurrencyGate.Pass place) {
            this.place = place;
        }

        boolean close() {
            if (!open.compareAndSet(true, false)) {
                return false;
            }
            place.close();
            return true;
        }
    }

    /** Releases the cursor's transaction, the connection and the place, once. */
    private static void done(SqlConnection conn, Transaction tx, Once pass) {
        if (!pass.close()) {
            return;
        }
        if (tx != null) {
            tx.rollback(); // read only: nothing to keep
        }
        conn.close();
    }

    /** A row's cells: text as text, numbers as numbers, instants in the city's local time. */
    static List<Object> cells(Row row, ZoneId zone) {
        List<Object> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object value = row.getValue(i);
            if (value instanceof OffsetDateTime t) {
                cells.add(t.atZoneSameInstant(zone).format(LOCAL));
            } else if (value instanceof Number || value == null) {
                cells.add(value);
            } else {
                cells.add(value.toString());
            }
        }
        return cells;
    }

    interface RowWriter {
        void row(List<Object> cells);

        void finish();
    }

    /** UTF-8 with a byte-order mark (so spreadsheets read Chinese right), quoted and defused text cells. */
    static final class CsvWriter implements RowWriter {
        private final ResponseOut out;

        CsvWriter(ResponseOut out, HttpServerResponse response) {
            this.out = out;
            response.putHeader("Content-Type", "text/csv; charset=utf-8");
            out.write("\uFEFF");
            row(new ArrayList<>(CaseExportQuery.HEADER));
        }

        @Override
        public void row(List<Object> cells) {
            StringBuilder line = new StringBuilder(256);
            for (int i = 0; i < cells.size(); i++) {
                Object v = cells.get(i);
                line.append(i == 0 ? "" : ",").append(v == null ? "" : v instanceof Number ? v.toString()
                        : CsvCell.text(v.toString()));
            }
            out.write(line.append("\r\n").toString());
        }

        @Override
        public void finish() {
        }
    }

    static final class XlsxWriter implements RowWriter {
        private final XlsxStream xlsx;

        XlsxWriter(ResponseOut out, HttpServerResponse response) {
            response.putHeader("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            xlsx = new XlsxStream(out, "案件");
            xlsx.row(CaseExportQuery.HEADER);
        }

        @Override
        public void row(List<Object> cells) {
            xlsx.row(cells);
        }

        @Override
        public void finish() {
            xlsx.close();
        }
    }

    /** Bytes for the response, handed over in chunks of about 64 KB. */
    static final class ResponseOut extends OutputStream {
        private static final int CHUNK = 64 * 1024;
        private final HttpServerResponse response;
        private Buffer pending = Buffer.buffer(CHUNK);

        ResponseOut(HttpServerResponse response) {
            this.response = response;
        }

        void write(String s) {
            pending.appendBytes(s.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void write(int b) {
            pending.appendByte((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.appendBytes(b, off, len);
        }

        /** Hands a full chunk to the response; whether it did. */
        boolean flushIfFull() {
            if (pending.length() < CHUNK) {
                return false;
            }
            flush();
            return true;
        }

        @Override
        public void flush() {
            if (pending.length() > 0) {
                response.write(pending);
                pending = Buffer.buffer(CHUNK);
            }
        }

        @Override
        public void close() throws IOException {
            // the response is ended by the route, after the last flush
        }
    }
}
