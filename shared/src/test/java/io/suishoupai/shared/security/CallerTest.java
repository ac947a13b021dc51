package io.suishoupai.shared.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.suishoupai.shared.error.ProblemException;

class CallerTest {

    @Test
    void aHandlerHandlesForTheDepartmentItsTokenNames() {
        Caller handler = new Caller("h-1", Set.of(Role.HANDLER), "YLJ");
        assertTrue(handler.handlesFor("YLJ"));
        assertFalse(handler.handlesFor("SZC"));
        assertFalse(handler.handlesFor(null), "an undispatched case belongs to no department");
        assertFalse(new Caller("h-2", Set.of(Role.HANDLER), null).handlesFor("YLJ"), "a token without dept");
        assertFalse(new Caller("s-1", Set.of(Role.SCREENER), "YLJ").handlesFor("YLJ"), "only handlers");
    }

    @Test
    void requireIs401WithoutAndIs403WithTheWrongRoles() {
        assertEquals(401, assertThrows(ProblemException.class, () -> Caller.ANONYMOUS.require(Role.CITIZEN)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> new Caller("c", Set.of(Role.CITIZEN), null).require(Role.ADMIN)).status());
        new Caller("a", Set.of(Role.ADMIN), null).require(Role.SCREENER, Role.ADMIN);
    }
}
