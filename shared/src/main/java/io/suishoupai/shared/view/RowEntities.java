package io.suishoupai.shared.view;

import io.suishoupai.shared.runtime.RowJson;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.calendar.CalendarDay;
import io.suishoupai.shared.caseflow.CaseEvent;
import io.suishoupai.shared.caseflow.CaseMedia;
import io.suishoupai.shared.caseflow.CaseSupporter;
import io.suishoupai.shared.caseflow.CityCase;
import io.suishoupai.shared.caseflow.ExtensionRequest;
import io.suishoupai.shared.caseflow.ResponseTemplate;
import io.suishoupai.shared.caseflow.StageRun;
import io.suishoupai.shared.caseflow.SuspensionRequest;
import io.suishoupai.shared.category.Category;
import io.suishoupai.shared.category.Department;
import io.suishoupai.shared.component.Component;
import io.suishoupai.shared.notify.NotificationChannel;
import io.suishoupai.shared.notify.OutboxMessage;
import io.suishoupai.shared.open311.Open311Token;
import io.suishoupai.shared.points.CaseRating;
import io.suishoupai.shared.points.Redemption;
import io.suishoupai.shared.points.Reward;
import io.suishoupai.shared.routing.Area;
import io.suishoupai.shared.routing.RoutingRule;
import io.suishoupai.shared.subscription.Subscription;

/**
 * Every entity of {@code shared}, registered for reflection in a native image: {@link RowJson} reads rows onto their
 * fields and {@code EntityTable} reads their mapping. No function runs Hibernate, which registered its entities
 * itself. {@code RowEntitiesTest} checks the list is every entity.
 */
@RegisterForReflection(targets = { CalendarDay.class, CaseEvent.class, CaseMedia.class, CaseSupporter.class,
        CityCase.class, ExtensionRequest.class, ResponseTemplate.class, StageRun.class, SuspensionRequest.class,
        Category.class, Department.class, Component.class, NotificationChannel.class, OutboxMessage.class,
        Open311Token.class, CaseRating.class, Redemption.class, Reward.class, Area.class, RoutingRule.class,
        Subscription.class })
public final class RowEntities {

    private RowEntities() {
    }
}
