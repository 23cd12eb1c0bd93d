package fr.tremplin.data.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.naming.NameUtils;
import io.micronaut.core.reflect.ReflectionUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.annotation.PostConstruct;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every setting of Tremplin is a component of a {@link ConfigurationProperties} record ({@code tremplin.*}, documented
 * there, one line per key). Micronaut falls back to the default when a value is present but does not convert (a
 * duration {@code soon}, a number {@code 3 s}); this check, at startup, refuses such a value instead, naming the key,
 * the value and the expected type, then builds every record so that its constraints are checked at startup too. Under {@code tremplin.matching}, a key that no component reads (a typo) is refused
 * too, as it always was.
 */
@Context
public class SettingsCheck {
    /** Prefixes whose every key is a component: anything else under them is refused. */
    private static final Set<String> CLOSED = Set.of("tremplin.matching");

    private final ApplicationContext context;

    public SettingsCheck(ApplicationContext context) {
        this.context = context;
    }

    @PostConstruct
    void check() {
        List<String> errors = new ArrayList<>();
        for (BeanDefinition<?> definition : context.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationReader.class))) {
            if (definition.getBeanType().getPackageName().startsWith("fr.tremplin.")) {
                errors.addAll(unreadable(definition));
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("Configuration refusée : " + String.join(" ; ", errors));
        }
        // built now, so that their constraints (jakarta.validation, the records' own checks) stop the start
        for (BeanDefinition<?> definition : context.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationReader.class))) {
            if (definition.getBeanType().getPackageName().startsWith("fr.tremplin.")) {
                context.getBean(definition);
            }
        }
    }

    private List<String> unreadable(BeanDefinition<?> definition) {
        String prefix = definition.stringValue(ConfigurationReader.class, "prefix").orElse("");
        List<String> errors = new ArrayList<>();
        Argument<?>[] arguments = definition.getConstructor().getArguments();
        if (CLOSED.contains(prefix)) {
            errors.addAll(unknown(prefix, arguments));
        }
        for (Argument<?> argument : arguments) {
            String key = prefix + "." + NameUtils.hyphenate(argument.getName());
            if (!context.getEnvironment().containsProperty(key)) {
                continue;
            }
            Argument<?> type = argument.getType().isPrimitive()
                    ? Argument.of(ReflectionUtils.getWrapperType(argument.getType())) : argument;
            if (context.getEnvironment().getProperty(key, type).isEmpty()) {
                Object raw = context.getEnvironment().getProperty(key, Object.class).orElse("");
                errors.add(key + " = « " + raw + " » n'est pas " + expected(argument));
            }
        }
        return errors;
    }

    /** Keys under {@code prefix} that no argument reads; environment variables split names on dots, so do we. */
    private List<String> unknown(String prefix, Argument<?>[] arguments) {
        Set<String> known = new TreeSet<>();
        for (Argument<?> argument : arguments) {
            known.add(NameUtils.hyphenate(argument.getName()));
        }
        List<String> errors = new ArrayList<>();
        for (String key : context.getEnvironment().getProperties(prefix).keySet()) {
            if (!known.contains(NameUtils.hyphenate(key).replace('.', '-'))) {
                errors.add(prefix + "." + key + " : réglage inconnu (réglages : " + String.join(", ", known) + ")");
            }
        }
        return errors;
    }

    private static String expected(Argument<?> argument) {
        Class<?> type = ReflectionUtils.getWrapperType(argument.getType());
        if (type == java.time.Duration.class) {
            return "une durée (par exemple 500ms, 3s, 2m, 1h)";
        }
        if (type == Integer.class || type == Long.class) {
            return "un nombre entier";
        }
        if (type == Double.class) {
            return "un nombre (par exemple 0.25)";
        }
        if (type == Boolean.class) {
            return "true ou false";
        }
        return "du type " + type.getSimpleName();
    }
}
