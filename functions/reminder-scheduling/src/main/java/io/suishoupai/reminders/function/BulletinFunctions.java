package io.suishoupai.reminders.function;

import java.time.YearMonth;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.reminders.dto.BulletinView;
import io.suishoupai.reminders.dto.MonthRequest;
import io.suishoupai.reminders.service.BulletinService;
import io.suishoupai.shared.error.InputCheck;
import io.suishoupai.shared.security.Role;
import io.suishoupai.shared.time.AppClock;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.openapi.annotations.Operation;
import io.suishoupai.shared.contract.ReadOnly;

/** Monthly bulletins (每月通报): generate on demand for a finished month, list, fetch. */
public class BulletinFunctions {


    @Inject
    BulletinService bulletins;

    @Inject
    AppClock clock;

    /** POST /generate-bulletin {"month":"2026-10"} (admin, scheduler). */
    @Allowed({Role.ADMIN, Role.SCHEDULER})
    @Operation(summary = "Write the month's bulletin (indicators per department), JSON and CSV")
    @Funq("generate-bulletin")
    public Uni<BulletinView> generateBulletin(MonthRequest request) {
        InputCheck.of(request);
        return bulletins.generate(BulletinService.parse(request.getMonth()), clock.now());
    }

    @Allowed({Role.ADMIN, Role.SCREENER, Role.LEADER})
    @Operation(summary = "Every bulletin written")
    @ReadOnly
    @Funq("list-bulletins")
    public Uni<List<BulletinView>> listBulletins() {
        return bulletins.list();
    }

    /**
     * GET /get-bulletin?month=2026-10[&format=xlsx]: the indicators and the CSV, and with {@code format=xlsx} the
     * workbook too (base64 in {@code xlsx}).
     */
    @Allowed({Role.ADMIN, Role.SCREENER, Role.LEADER})
    @Operation(summary = "One month's bulletin; format=xlsx adds the .xlsx workbook (base64), the ranking its first sheet")
    @ReadOnly
    @Funq("get-bulletin")
    public Uni<BulletinView> getBulletin(MonthRequest request) {
        InputCheck check = InputCheck.of(request);
        String format = InputCheck.blankToNull(request.getFormat());
        check.require(format == null || "json".equals(format) || "xlsx".equals(format), "format",
                "must be json or xlsx").orThrow();
        YearMonth month = BulletinService.parse(request.getMonth());
        return "xlsx".equals(format) ? bulletins.getWithWorkbook(month) : bulletins.get(month);
    }
}
