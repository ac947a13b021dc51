package io.suishoupai.status.function;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.suishoupai.testing.SuishoupaiTestResource;
import io.suishoupai.testing.TestCases;
import io.suishoupai.testing.TestInfra;
import io.suishoupai.testing.Tokens;

/**
 * The component register's reads on status-query deployed alone, where no Hibernate session exists: the public
 * nearby search and a component's cases for staff, hidden and private ones included (the all-in-one
 * ComponentRegisterTest follows a component from its save through a report).
 */
@QuarkusTest
@WithTestResource(SuishoupaiTestResource.class)
class ComponentReadsTest {

    static final String SCREENER = Tokens.of("screener-component-read", null, "screener");

    @Test
    void nearbyComponentsAndAComponentsCases() {
        String id = "CR-" + UUID.randomUUID().toString().substring(0, 8);
        TestInfra.execute("insert into component (id, category_code, name, lat, lon, maintainer_department_code, state, "
                + "updated_at) values ('" + id + "', '01-01-02', '读取测试井盖', 29.60001, 114.00001, 'PSGS', 'IN_USE', now())");
        given().queryParam("lat", 29.60001).queryParam("lon", 114.00001).queryParam("coordSystem", "WGS84")
                .queryParam("categoryCode", "01-01-01")
                .get("/nearby-components").then().statusCode(200).body("id", hasItem(id));

        String older = TestCases.submitted("01-01-02", 29.60001, 114.00001, "citizen-component-read");
        String hidden = TestCases.submitted("01-01-02", 29.60001, 114.00001, "citizen-component-read");
        TestInfra.execute("update city_case set component_id = '" + id + "', created_at = now() - interval '1 hour' "
                + "where case_number = '" + older + "'");
        TestInfra.execute("update city_case set component_id = '" + id + "', hidden = true where case_number = '"
                + hidden + "'");
        given().auth().oauth2(SCREENER).queryParam("id", id).get("/component-cases")
                .then().statusCode(200).body("component.name", equalTo("读取测试井盖"))
                .body("component.maintainerDepartmentCode", equalTo("PSGS"))
                .body("cases.total", equalTo(2)).body("cases.items", hasSize(2))
                .body("cases.items[0].caseNumber", equalTo(hidden)).body("cases.items[1].caseNumber", equalTo(older));
        given().auth().oauth2(SCREENER).queryParam("id", id).queryParam("size", 1)
                .queryParam("page", 1).get("/component-cases").then().statusCode(200)
                .body("cases.total", equalTo(2)).body("cases.items[0].caseNumber", equalTo(older));
        given().auth().oauth2(SCREENER).queryParam("id", "NO-SUCH")
                .get("/component-cases").then().statusCode(404).body("code", equalTo("COMPONENT_NOT_FOUND"));
        given().auth().oauth2(Tokens.citizen("citizen-component-read")).queryParam("id", id).get("/component-cases")
                .then().statusCode(403);
    }
}
