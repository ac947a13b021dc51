package io.suishoupai.reminders.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.suishoupai.shared.view.PageParams;

/** {@code ?state=PENDING|DELIVERED|DEAD|DISCARDED&page=&size=} */
@RegisterForReflection
public class MessageQuery extends PageParams {

    private String state;

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
