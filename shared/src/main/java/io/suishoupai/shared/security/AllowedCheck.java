package io.suishoupai.shared.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link Allowed} before the function runs: 401 for no valid token, 403 for none of the roles. */
@Allowed({})
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class AllowedCheck {

    @Inject
    CallerResolver callers;

    @AroundInvoke
    Object check(InvocationContext invocation) throws Exception {
        Allowed allowed = invocation.getMethod().getAnnotation(Allowed.class);
        if (allowed == null) {
            allowed = invocation.getMethod().getDeclaringClass().getAnnotation(Allowed.class);
        }
        callers.current().require(allowed.value());
        return invocation.proceed();
    }
}
