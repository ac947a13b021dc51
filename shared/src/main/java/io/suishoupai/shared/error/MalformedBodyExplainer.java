package io.suishoupai.shared.error;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;

import io.quarkus.funqy.runtime.FunctionInvoker;
import io.quarkus.funqy.runtime.FunctionRecorder;
import io.vertx.ext.web.RoutingContext;

/**
 * Funqy answers an unreadable body with a bare 400. Only on that failure path, this reads the body again with
 * the function's own reader to tell the client which field was wrong.
 */
@ApplicationScoped
public class MalformedBodyExplainer {

    public ProblemException explain(RoutingContext ctx) {
        var body = ctx.body() == null ? null : ctx.body().buffer();
        if (body == null || body.length() == 0 || !"POST".equals(ctx.request().method().name())) {
            return Problems.malformed("The request could not be read: check the query parameters or JSON body.",
                    List.of());
        }
        FunctionInvoker invoker = FunctionRecorder.registry == null ? null
                : FunctionRecorder.registry.matchInvoker(ctx.request().path().replaceFirst("^/", ""));
        ObjectReader reader = invoker == null ? null
                : (ObjectReader) invoker.getBindingContext().get(ObjectReader.class.getName());
        if (reader == null) {
            return Problems.malformed("The request body is not valid JSON.", List.of());
        }
        try {
            reader.readValue(body.getBytes());
            return Problems.malformed("The request body could not be read.", List.of());
        } catch (JsonParseException e) {
            return Problems.malformed("The request body is not valid JSON.", List.of());
        } catch (JsonMappingException e) {
            String field = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = "has the wrong type or format";
            return Problems.malformed("A field of the request body has the wrong type.",
                    List.of(new FieldError(field.isEmpty() ? "(body)" : field, message)));
        } catch (Exception e) {
            return Problems.malformed("The request body could not be read.", List.of());
        }
    }
}
