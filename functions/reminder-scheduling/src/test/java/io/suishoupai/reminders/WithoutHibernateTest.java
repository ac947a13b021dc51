package io.suishoupai.reminders;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.HibernateSwitchedOff;
import io.suishoupai.testing.SuishoupaiTestResource;

/** reminder-scheduling is built without Hibernate's processing: no session opens here (HibernateSwitchedOff). */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class WithoutHibernateTest extends HibernateSwitchedOff {
}
