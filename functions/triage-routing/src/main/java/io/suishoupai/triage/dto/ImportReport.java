package io.suishoupai.triage.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What an import did: how many rows it received, how many it saved (created or updated), and each refused row with
 * its position (0-based feature index, or 1-based CSV line), its code or id when it had one, and why.
 */
@RegisterForReflection
public record ImportReport(int received, int saved, List<Refused> refused) {

    @RegisterForReflection
    public record Refused(int index, String code, List<String> reasons) {
    }
}
