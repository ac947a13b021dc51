package io.suishoupai.apidocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.suishoupai.shared.contract.PlainRoute;
import io.suishoupai.shared.contract.ReadOnly;
import io.suishoupai.shared.error.ErrorCode;
import io.suishoupai.shared.security.Role;

/**
 * The operations of a module's OpenAPI document, read from the code at build time ({@link WriteApiDocument}), since
 * SmallRye OpenAPI does not scan Funqy: one operation per {@code @Funq} method in the application's index (so a function deployed alone documents
 * its own functions, and the all-in-one app all of them), named as Funqy routes it; GET with query parameters for a
 * {@link ReadOnly} read, else POST with a JSON body; request and response schemas from the DTO types; the summary
 * from its {@code @Operation}; bearer security and "Callable by roles …" from its {@code @Allowed}, "anyone" from
 * its {@code @Public}; every error as the problem-details response with the stable codes of {@link ErrorCode}. Plus
 * the {@link PlainRoute}s. A function that declares neither access annotation, or a read whose input is a record,
 * fails the build here.
 */
public class FunctionDocument implements OASFilter {

    static final DotName FUNQ = DotName.createSimple("io.quarkus.funqy.Funq");
    static final DotName ALLOWED = DotName.createSimple("io.suishoupai.shared.security.Allowed");
    static final DotName PUBLIC = DotName.createSimple("io.suishoupai.shared.security.Public");
    static final DotName READ_ONLY = DotName.createSimple(ReadOnly.class.getName());
    static final DotName PLAIN_ROUTE = DotName.createSimple(PlainRoute.class.getName());
    static final DotName PLAIN_ROUTES = DotName.createSimple(PlainRoute.List.class.getName());
    static final DotName OPERATION = DotName.createSimple(
            "org.eclipse.microprofile.openapi.annotations.Operation");
    static final String BEARER = "bearer";
    static final String PROBLEM = "Problem";

    private final IndexView index;

    public FunctionDocument(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths() == null ? OASFactory.createPaths() : openAPI.getPaths();
        describe(index).forEach(paths::addPathItem);
        openAPI.setPaths(paths);
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents()
                : openAPI.getComponents();
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").bearerFormat("JWT"));
        components.addResponse(PROBLEM, OASFactory.createAPIResponse()
                .description("A problem: 4xx for what the caller sent, 503 with Retry-After when a dependency is "
                        + "down or the process is busy")
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(problem()))));
        openAPI.setComponents(components);
    }

    /** path → its one operation, for every function and plain route in an index. */
    public static Map<String, PathItem> describe(IndexView index) {
        Map<String, PathItem> paths = new TreeMap<>();
        Map<String, String> declaredBy = new TreeMap<>();
        List<AnnotationInstance> funqs = new ArrayList<>(index.getAnnotations(FUNQ));
        funqs.sort(Comparator.comparing(a -> a.target().asMethod().declaringClass().name().toString()));
        for (AnnotationInstance funq : funqs) {
            MethodInfo method = funq.target().asMethod();
            String name = funq.value() == null || funq.value().asString().isEmpty() ? method.name()
                    : funq.value().asString();
            String where = method.declaringClass().name() + "." + method.name();
            String before = declaredBy.put(name, where);
            if (before != null && !before.equals(where)) {
                throw new IllegalStateException("two @Funq functions are named " + name + ": " + before + ", "
                        + where);
            }
            paths.put("/" + name, function(index, name, method));
        }
        for (ClassInfo routes : routeClasses(index)) {
            for (AnnotationInstance route : routes.declaredAnnotationsWithRepeatable(PLAIN_ROUTE, index)) {
                String path = route.value("path").asString();
                Operation op = OASFactory.createOperation().summary(route.value("summary").asString())
                        .description("Callable by anyone (no token).").responses(responses(null));
                PathItem item = OASFactory.createPathItem();
                item.setOperation(PathItem.HttpMethod.valueOf(route.value("method").asString()), op);
                paths.put(path, item);
            }
        }
        return paths;
    }

    private static List<ClassInfo> routeClasses(IndexView index) {
        List<ClassInfo> found = new ArrayList<>();
        for (DotName annotation : List.of(PLAIN_ROUTE, PLAIN_ROUTES)) {
            for (AnnotationInstance a : index.getAnnotations(annotation)) {
                ClassInfo c = a.target().asClass();
                if (!found.contains(c)) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static PathItem function(IndexView index, String name, MethodInfo method) {
        String where = method.declaringClass().simpleName() + "." + method.name() + " (@Funq \"" + name + "\")";
        AnnotationInstance allowed = method.annotation(ALLOWED);
        boolean open = method.hasAnnotation(PUBLIC);
        if ((allowed == null) == !open) {
            throw new IllegalStateException(where + " must declare exactly one of @Allowed or @Public");
        }
        List<String> roles = new ArrayList<>();
        if (allowed != null) {
            for (String role : allowed.value().asEnumArray()) {
                roles.add(Role.valueOf(role).claim());
            }
        }
        AnnotationInstance summary = method.annotation(OPERATION);
        Operation op = OASFactory.createOperation().operationId(name)
                .summary(summary == null ? null : summary.value("summary").asString())
                .description(roles.isEmpty() ? "Callable by anyone (no token)."
                        : "Callable by roles " + String.join(", ", roles) + ".")
                .responses(responses(JsonSchemas.ofResponse(index, method.returnType())));
        if (!roles.isEmpty()) {
            op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER));
        }
        boolean read = method.hasAnnotation(READ_ONLY);
        Type input = method.parametersCount() == 0 ? null : method.parameterType(0);
        if (read && input != null) {
            ClassInfo inputClass = index.getClassByName(input.name());
            if (inputClass != null && inputClass.isRecord()) {
                throw new IllegalStateException(where + " is @ReadOnly but takes a record: Funqy binds GET query "
                        + "parameters through setters");
            }
            JsonSchemas.setters(index, input.name()).forEach((parameter, type) -> op.addParameter(
                    OASFactory.createParameter().name(parameter).in(Parameter.In.QUERY).required(false)
                            .schema(JsonSchemas.ofRequest(index, type))));
        } else if (input != null) {
            op.requestBody(OASFactory.createRequestBody().required(true).content(json(
                    JsonSchemas.ofRequest(index, input))));
        }
        PathItem item = OASFactory.createPathItem();
        item.setOperation(read ? PathItem.HttpMethod.GET : PathItem.HttpMethod.POST, op);
        return item;
    }

    private static APIResponses responses(Schema ok) {
        APIResponses responses = OASFactory.createAPIResponses();
        responses.addAPIResponse("200", OASFactory.createAPIResponse().description("OK")
                .content(ok == null ? null : json(ok)));
        responses.setDefaultValue(OASFactory.createAPIResponse().ref(PROBLEM));
        return responses;
    }

    private static Content json(Schema schema) {
        return OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(schema));
    }

    /** RFC 9457 problem details with the codes this API may answer. */
    static Schema problem() {
        List<Object> codes = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            codes.add(code.name());
        }
        Schema string = OASFactory.createSchema().addType(SchemaType.STRING);
        return OASFactory.createSchema().addType(SchemaType.OBJECT)
                .required(List.of("status", "code", "title"))
                .addProperty("type", string)
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER))
                .addProperty("code", OASFactory.createSchema().addType(SchemaType.STRING).enumeration(codes))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("instance", OASFactory.createSchema().addType(SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT)));
    }

}
