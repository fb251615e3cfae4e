package dev.callout.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every use case of the application is one an embedder reaches from {@link CalloutCore}. */
class CalloutCoreCoverageTest {

    private static final String APPLICATION = "dev.callout.application";

    @Test
    void everyUseCaseInterfaceIsOfferedByTheCoreOrOneOfItsGroups() throws Exception {
        List<Class<?>> offered = offeredTypes();
        List<Class<?>> useCases = useCases();

        assertThat(useCases).as("the application's use cases").hasSizeGreaterThan(50);
        assertThat(useCases).allSatisfy(useCase -> assertThat(offered).as(useCase.getSimpleName())
                .anyMatch(useCase::isAssignableFrom));
    }

    /** What the core's accessors return, and what the accessors of the groups among them return. */
    private static List<Class<?>> offeredTypes() {
        List<Class<?>> offered = new ArrayList<>();
        for (Method accessor : CalloutCore.class.getMethods()) {
            Class<?> type = accessor.getReturnType();
            offered.add(type);
            if (type.isRecord()) {
                Stream.of(type.getRecordComponents()).forEach(component -> offered.add(component.getType()));
            }
        }
        return offered;
    }

    private static List<Class<?>> useCases() throws URISyntaxException, IOException {
        Path classes = Path.of(CalloutCore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes.resolve(APPLICATION.replace('.', '/')))) {
            return files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith("UseCase.class"))
                    .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length()).replace('/', '.')))
                    .filter(type -> type.isInterface() && Modifier.isPublic(type.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
