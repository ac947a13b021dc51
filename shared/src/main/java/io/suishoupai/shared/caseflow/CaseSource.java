package io.suishoupai.shared.caseflow;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a case came from (信息来源, GB/T 30428's sources of information). The first four report through
 * submit-report or Open311; the command centre registers the rest with register-case.
 */
public enum CaseSource {
    /** A citizen's report from the app. */
    CITIZEN("市民上报"),
    /** A city employee's report outside their duties. */
    STAFF("工作人员上报"),
    /** An Open311 client's request. */
    OPEN311("Open311 接入"),
    /** A 监督员's patrol report (inspectors calling submit-report). */
    SUPERVISOR("监督员巡查"),
    /** 12345/12319 热线: a call taken by the command centre. */
    HOTLINE("热线"),
    /** 领导交办: handed down by the city's leadership. */
    LEADERSHIP("领导交办"),
    /** 部门转办: passed on by another department. */
    DEPARTMENT("部门转办"),
    /** 媒体曝光: reported in the press or online media. */
    MEDIA("媒体曝光"),
    /** 视频监控: seen on the city's cameras. */
    VIDEO("视频监控");

    private final String chineseName;

    CaseSource(String chineseName) {
        this.chineseName = chineseName;
    }

    /** How bulletins name it (case-stats?groupBy=SOURCE). */
    public String chineseName() {
        return chineseName;
    }

    /** The sources a screener registers with register-case (photos optional, a contact instead of a reporter). */
    public static final Set<CaseSource> REGISTERED = EnumSet.of(HOTLINE, LEADERSHIP, DEPARTMENT, MEDIA, VIDEO);

    /** The registered source so named (exactly, upper case), if it is one. */
    public static Optional<CaseSource> registered(String name) {
        return REGISTERED.stream().filter(s -> s.name().equals(name == null ? null : name.strip())).findFirst();
    }

    /** Reports by the public: they earn points, count against a daily limit and are the reporter's own to follow. */
    public boolean isPublicReport() {
        return this == CITIZEN || this == STAFF;
    }

    /**
     * Reports held to the daily limit per reporter: the public's and Open311 clients'. An inspector's patrol reports
     * and a screener's registrations are their work, limited only by the per-minute rate.
     */
    public boolean isDailyLimited() {
        return this == CITIZEN || this == STAFF || this == OPEN311;
    }

    /**
     * A member of the public reported it and is told of its progress (the citizen channel): not a patrol report or
     * a registration, whose "reporter" is the inspector or screener who entered it.
     */
    public boolean hasCitizenReporter() {
        return this == CITIZEN || this == STAFF || this == OPEN311;
    }

    /** Who the event log says created a case from this source. */
    public ActorRole creator() {
        return switch (this) {
            case CITIZEN -> ActorRole.CITIZEN;
            case STAFF -> ActorRole.STAFF;
            case OPEN311 -> ActorRole.CITIZEN;
            case SUPERVISOR -> ActorRole.INSPECTOR;
            case HOTLINE, LEADERSHIP, DEPARTMENT, MEDIA, VIDEO -> ActorRole.SCREENER;
        };
    }
}
