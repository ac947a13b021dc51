package io.suishoupai.allinone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.contract.ReadOnly;
import io.suishoupai.shared.security.Allowed;
import io.suishoupai.shared.security.Public;
import io.suishoupai.shared.security.Role;

/**
 * What each {@code @Funq} function declares about its callers, read from the compiled function modules (their
 * classes are on this test's class path): the roles of its {@link Allowed}, or none for {@link Public}. The one
 * declaration the access-control table, the Terraform catalogue and the OpenAPI documents are checked against.
 */
final class FunctionAccess {

    static final Path FUNCTIONS = Path.of("..");

    private FunctionAccess() {
    }

    /**
     * A function's name, the role claims allowed to call it (empty: anyone, no token) and its HTTP method (GET for a
     * {@link ReadOnly} read, else POST).
     */
    record Declared(String name, Set<String> roles, String method, String declaredBy) {
    }

    /** Every {@code @Funq} of a module; fails for one that declares neither or both. */
    static TreeMap<String, Declared> of(String module) {
        TreeMap<String, Declared> found = new TreeMap<>();
        for (Method m : funqMethods(module)) {
            Funq funq = m.getAnnotation(Funq.class);
            String name = funq.value().isEmpty() ? m.getName() : funq.value();
            Allowed allowed = m.getAnnotation(Allowed.class);
            boolean open = m.isAnnotationPresent(Public.class);
            String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            if ((allowed == null) == !open) {
                throw new AssertionError(where + " (@Funq \"" + name + "\") must declare exactly one of @Allowed "
                        + "or @Public");
            }
            if (allowed != null && allowed.value().length == 0) {
                throw new AssertionError(where + ": @Allowed names no role");
            }
            Set<String> roles = allowed == null ? Set.of()
                    : Arrays.stream(allowed.value()).map(Role::claim).collect(Collectors.toCollection(TreeSet::new));
            found.put(name, new Declared(name, roles, m.isAnnotationPresent(ReadOnly.class) ? "GET" : "POST", where));
        }
        return found;
    }

    /** Every function of every module. */
    static TreeMap<String, Declared> all() {
        TreeMap<String, Declared> all = new TreeMap<>();
        OpenApiDocumentTest.MODULES.forEach(module -> all.putAll(of(module)));
        return all;
    }

    static Set<Method> funqMethods(String module) {
        Path classes = FUNCTIONS.resolve(module).resolve("target/classes");
        Set<Method> methods = new java.util.LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String className = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                for (Method m : Class.forName(className, false, FunctionAccess.class.getClassLoader())
                        .getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Funq.class)) {
                        methods.add(m);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return methods;
    }
}
