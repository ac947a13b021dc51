package io.suishoupai.triage;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.HibernateSwitchedOff;
import io.suishoupai.testing.SuishoupaiTestResource;

/** triage-routing is built without Hibernate's processing: no session opens here (HibernateSwitchedOff). */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class WithoutHibernateTest extends HibernateSwitchedOff {
}
