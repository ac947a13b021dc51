package io.suishoupai.apidocument;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;

import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.suishoupai.shared.ops.ApiDocumentRoute;

/**
 * The build step that writes a function module's OpenAPI document (the parent POM's {@code api-document} profile
 * runs it after the module compiles, on the module's class path): the module's static document (title,
 * description) merged with what {@link FunctionDocument} reads from the project's classes — the module's own and
 * every project module it depends on, so the all-in-one app's document is the six functions' together. Writes
 * JSON and YAML into the classes (where {@link ApiDocumentRoute} serves them) and into {@code target/openapi/} (for
 * operators and the tests that compare documents).
 *
 * <p>
 * Arguments: the static document, the module's classes directory, the directory for the stored copy.
 */
public final class WriteApiDocument {

    /** Classes of the project, wherever the build put them (a reactor's classes folders or jars). */
    static final String PROJECT_PACKAGE = "io/suishoupai/";

    private WriteApiDocument() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: WriteApiDocument <static openapi.yaml> <classes dir> <out dir>");
        }
        Path staticDocument = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        Path out = Path.of(args[2]);
        List<Path> indexed = projectClassPath(classes, System.getProperty("java.class.path"));
        SmallRyeOpenAPI document = write(staticDocument, index(indexed));
        for (Path dir : List.of(classes.resolve(ApiDocumentRoute.FOLDER), out)) {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("openapi.json"), document.toJSON(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("openapi.yaml"), document.toYAML(), StandardCharsets.UTF_8);
        }
        System.out.println("[api-document] " + document.model().getPaths().getPathItems().size() + " paths from "
                + indexed.size() + " class path entries -> " + out.resolve("openapi.{json,yaml}"));
    }

    /** The static document with the operations FunctionDocument derives from an index; no annotation scanning. */
    static SmallRyeOpenAPI write(Path staticDocument, Index index) {
        return SmallRyeOpenAPI.builder()
                .withConfig(ConfigProviderResolver.instance().getBuilder().build()) // no mp.openapi.* settings
                .enableModelReader(false)
                .enableStandardStaticFiles(false)
                .enableAnnotationScan(false)
                .enableStandardFilter(false)
                .withCustomStaticFile(() -> open(staticDocument))
                .withIndex(index)
                .addFilter(new FunctionDocument(index))
                .build();
    }

    /**
     * The module's classes and every class path entry holding project classes, leaving out test classes (the
     * build runs this with the test class path, where the document writer itself is a dependency: its classes
     * are indexed too, and declare no function).
     */
    static List<Path> projectClassPath(Path classes, String classPath) {
        List<Path> found = new ArrayList<>();
        found.add(classes);
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (entry.isBlank() || path.equals(classes) || path.endsWith("test-classes")) {
                continue;
            }
            if (holdsProjectClasses(path)) {
                found.add(path);
            }
        }
        return found;
    }

    static boolean holdsProjectClasses(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(PROJECT_PACKAGE));
        }
        if (!Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return false;
        }
        try (ZipFile jar = new ZipFile(entry.toFile())) {
            return jar.getEntry(PROJECT_PACKAGE) != null || jar.stream().anyMatch(
                    e -> e.getName().startsWith(PROJECT_PACKAGE) && e.getName().endsWith(".class"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }

    static Index index(List<Path> entries) throws IOException {
        Indexer indexer = new Indexer();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                        try (InputStream in = Files.newInputStream(file)) {
                            indexer.index(in);
                        }
                    }
                }
            } else {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements();) {
                        ZipEntry item = e.nextElement();
                        if (item.getName().endsWith(".class") && !item.getName().startsWith("META-INF/")) {
                            try (InputStream in = jar.getInputStream(item)) {
                                indexer.index(in);
                            }
                        }
                    }
                }
            }
        }
        return indexer.complete();
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the static document " + file, e);
        }
    }
}
