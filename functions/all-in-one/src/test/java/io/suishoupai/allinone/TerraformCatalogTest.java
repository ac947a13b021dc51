package io.suishoupai.allinone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.bertramlabs.plugins.hcl4j.HCLParser;

/**
 * Ties the Maven build to the Terraform: every function module has exactly one catalogue entry (hence one Lambda,
 * which environments/prod makes per entry), every @Funq function exactly one route on its own function, with the
 * roles the access-control table enforces, and the reverse. Parses the HCL with hcl4j; needs no provider.
 */
class TerraformCatalogTest {

    static final Path ROOT = Path.of("../..");
    static final Path TERRAFORM = ROOT.resolve("infra-terraform");

    @Test
    void everyFunctionModuleHasExactlyOneCatalogueEntryAndTheReverse() throws Exception {
        assertEquals(mavenFunctionModules(), catalog().keySet());
        assertEquals(new TreeSet<>(OpenApiDocumentTest.MODULES), mavenFunctionModules(),
                "the OpenAPI test covers every function module");
    }

    @Test
    void everyFunctionHasExactlyOneRouteOnItsOwnModuleWithTheRolesTheAppEnforces() throws Exception {
        Map<String, Map<String, Object>> catalog = catalog();
        Map<String, String> routeOwner = new TreeMap<>();
        for (var entry : catalog.entrySet()) {
            String module = entry.getKey();
            @SuppressWarnings("unchecked")
            Map<String, List<String>> routes = (Map<String, List<String>>) entry.getValue().get("routes");
            Set<String> routedFunctions = new TreeSet<>();
            for (var route : routes.entrySet()) {
                assertTrue(routeOwner.put(route.getKey(), module) == null, "route claimed twice: " + route.getKey());
                String[] methodAndPath = route.getKey().split(" ", 2);
                if (methodAndPath[1].startsWith("/open311/") || methodAndPath[1].equals("/export-cases")) {
                    continue; // Open311 and the streamed export are plain Vert.x routes, not @Funq functions
                }
                String function = methodAndPath[1].substring(1);
                assertTrue(routedFunctions.add(function), "two routes for " + function);
                String access = AccessControlTest.TABLE.keySet().stream()
                        .filter(k -> k.endsWith(" " + function)).findFirst()
                        .orElseThrow(() -> new AssertionError(function + " is not in AccessControlTest's table"));
                assertEquals(access.split(" ")[0], methodAndPath[0], "HTTP method of " + function);
                assertEquals(AccessControlTest.TABLE.get(access), new TreeSet<>(route.getValue()),
                        "roles of " + function + " in the catalogue vs the access-control table");
            }
            assertEquals(OpenApiDocumentTest.funqNames(module), routedFunctions,
                    module + ": @Funq functions vs catalogue routes");
        }
    }

    @Test
    void productionMakesOneLambdaPerCatalogueEntryAndOneRoutePerCatalogueRoute() throws Exception {
        Map<String, Object> prod = parse(TERRAFORM.resolve("environments/prod/main.tf"));
        Map<String, Object> modules = section(prod, "module");
        assertEquals("../../modules/function", section(modules, "function").get("source"));
        String main = Files.readString(TERRAFORM.resolve("environments/prod/main.tf"), StandardCharsets.UTF_8);
        // hcl4j keeps expressions as text-like values; check the wiring in the source itself
        assertTrue(block(main, "module \"function\"").matches("(?s).*for_each\\s*=\\s*module\\.catalog\\.functions\n.*"),
                "one function module instance per catalogue entry");
        assertTrue(block(main, "module \"http_api\"").matches("(?s).*routes\\s*=\\s*module\\.catalog\\.routes.*"),
                "the HTTP API's routes are the catalogue's");
        assertTrue(block(main, "module \"schedule\"").matches("(?s).*schedules\\s*=\\s*module\\.catalog\\.schedules.*"),
                "schedules come from the catalogue");
        String httpApi = Files.readString(TERRAFORM.resolve("modules/http-api/main.tf"), StandardCharsets.UTF_8);
        assertTrue(block(httpApi, "resource \"aws_apigatewayv2_route\" \"route\"").matches("(?s).*for_each\\s*=\\s*var\\.routes\n.*"),
                "one API route per catalogue route");
        assertTrue(block(httpApi, "resource \"aws_apigatewayv2_route\" \"route\"")
                .contains("each.value.public ? \"NONE\" : \"JWT\""), "the JWT authorizer guards every non-public route");
    }

    @Test
    void everyModuleHasTheStandardFiles() {
        for (String dir : List.of("modules/catalog", "modules/function", "modules/http-api", "modules/storage",
                "modules/database", "modules/schedule", "modules/static-site", "environments/prod")) {
            for (String file : List.of("main.tf", "variables.tf", "outputs.tf", "versions.tf")) {
                assertTrue(Files.isRegularFile(TERRAFORM.resolve(dir).resolve(file)), dir + "/" + file);
            }
        }
    }

    /** function name → its catalogue entry, from modules/catalog/catalog.tf. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> catalog() throws Exception {
        Map<String, Object> locals = section(parse(TERRAFORM.resolve("modules/catalog/catalog.tf")), "locals");
        return new TreeMap<>((Map<String, Map<String, Object>>) locals.get("catalog"));
    }

    /** The function modules of the Maven build: parent POM modules under functions/, except the all-in-one. */
    static Set<String> mavenFunctionModules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Set<String> modules = new TreeSet<>();
        Matcher m = Pattern.compile("<module>functions/([a-z-]+)</module>").matcher(pom);
        while (m.find()) {
            if (!m.group(1).equals("all-in-one")) {
                modules.add(m.group(1));
            }
        }
        return modules;
    }

    static Map<String, Object> parse(Path file) throws Exception {
        return new HCLParser().parse(file.toFile(), StandardCharsets.UTF_8.name());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> map, String key) {
        Object value = map.get(key);
        assertTrue(value instanceof Map, key + " is missing");
        return (Map<String, Object>) value;
    }

    /** The text of a top-level block, from its header to the closing brace at column 0. */
    static String block(String source, String header) {
        int start = source.indexOf(header + " {");
        assertTrue(start >= 0, header + " is missing");
        int end = source.indexOf("\n}", start);
        return source.substring(start, end + 2);
    }
}
