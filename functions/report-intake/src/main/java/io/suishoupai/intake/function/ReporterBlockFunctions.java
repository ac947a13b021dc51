package io.suishoupai.intake.function;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.funqy.Funq;
import io.suishoupai.intake.dto.BlockReporterRequest;
import io.suishoupai.intake.dto.BlockedReporterView;
import io.suishoupai.intake.dto.UnblockReporterRequest;
import io.suishoupai.intake.service.ReporterBlockService;
import io.suishoupai.shared.contract.ReadOnly;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.CallerResolver;
import io.suishoupai.shared.security.Role;
import io.smallrye.mutiny.Uni;

/** The ban list (issue #18): an admin blocks an abusive account from reporting, with the reason it is shown. */
public class ReporterBlockFunctions {

    @Inject
    CallerResolver callers;

    @Inject
    ReporterBlockService blocks;

    /** POST /block-reporter: intake then answers the account 403 REPORTER_BLOCKED with the reason. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Block an account from reporting, until a date or until lifted, with the reason it is shown")
    @Funq("block-reporter")
    public Uni<BlockedReporterView> blockReporter(BlockReporterRequest request) {
        return blocks.block(callers.current(), request);
    }

    /** POST /unblock-reporter: lift a block (404 when there is none). */
    @Allowed({Role.ADMIN})
    @Operation(summary = "Lift a block")
    @Funq("unblock-reporter")
    public Uni<BlockedReporterView> unblockReporter(UnblockReporterRequest request) {
        return blocks.unblock(request);
    }

    /** GET /list-blocked-reporters: the blocks in force, newest first. */
    @Allowed({Role.ADMIN})
    @Operation(summary = "The blocks in force, newest first")
    @ReadOnly
    @Funq("list-blocked-reporters")
    public Uni<List<BlockedReporterView>> listBlockedReporters() {
        return blocks.list();
    }
}
