package io.suishoupai.apidocument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.funqy.Funq;
import io.suishoupai.shared.security.Public;

/** The build step: which class path entries it reads, and the document it writes from them. */
class WriteApiDocumentTest {

    record Echo(String text) {
    }

    static class EchoFunction {
        @Funq("echo-text")
        @Public
        @Operation(summary = "Says back what it was sent")
        public Echo echo(Echo in) {
            return in;
        }
    }

    @Test
    void theStaticDocumentIsMergedWithTheOperationsOfTheIndexedFunctions(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("openapi.yaml");
        Files.writeString(yaml, "openapi: 3.1.0\ninfo:\n  title: Echo\n  version: 0.1.0\n");
        OpenAPI model = WriteApiDocument.write(yaml, Index.of(EchoFunction.class, Echo.class)).model();
        assertEquals("Echo", model.getInfo().getTitle());
        assertEquals(List.of("/echo-text"), List.copyOf(model.getPaths().getPathItems().keySet()));
        PathItem echo = model.getPaths().getPathItem("/echo-text");
        assertNotNull(echo.getPOST(), "a function that is not @ReadOnly is a POST");
        assertEquals("Says back what it was sent", echo.getPOST().getSummary());
        assertNotNull(model.getComponents().getResponses().get(FunctionDocument.PROBLEM));
    }

    @Test
    void onlyEntriesHoldingProjectClassesAreRead(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("module/target/classes"));
        Path shared = Files.createDirectories(dir.resolve("shared/target/classes/io/suishoupai/shared")).getParent()
                .getParent().getParent();
        Path tests = Files.createDirectories(dir.resolve("module/target/test-classes/io/suishoupai/x")).getParent()
                .getParent().getParent();
        Path library = jar(dir.resolve("library.jar"), "org/example/Thing.class");
        Path function = jar(dir.resolve("status-query.jar"), "io/suishoupai/status/Thing.class");
        String classPath = String.join(File.pathSeparator, classes.toString(), tests.toString(), shared.toString(),
                library.toString(), function.toString(), dir.resolve("missing.jar").toString());
        assertEquals(List.of(classes, shared, function), WriteApiDocument.projectClassPath(classes, classPath));
        assertTrue(WriteApiDocument.holdsProjectClasses(function));
        assertFalse(WriteApiDocument.holdsProjectClasses(library));
    }

    private static Path jar(Path file, String entry) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new ZipEntry(entry));
            jar.write(new byte[] {0});
            jar.closeEntry();
        }
        return file;
    }
}
