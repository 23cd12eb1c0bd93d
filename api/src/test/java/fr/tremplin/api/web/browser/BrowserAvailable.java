package fr.tremplin.api.web.browser;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs the browser tests only where Debian's chromium and chromium-driver are installed. Elsewhere they are
 * skipped with a notice on the console, unless {@code TREMPLIN_BROWSER_TESTS=required} (set by .ci/run): then a
 * missing browser fails the build.
 */
public class BrowserAvailable implements ExecutionCondition {
    static final Path CHROMIUM = Path.of(env("TREMPLIN_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("TREMPLIN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static volatile boolean noticePrinted;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("chromium and chromedriver found");
        }
        if (required()) {
            return ConditionEvaluationResult.enabled("browser tests required: they will fail on " + missing.get());
        }
        String notice = "Browser tests SKIPPED: " + missing.get()
                + " — install chromium chromium-driver (Debian) or run .ci/run";
        if (!noticePrinted) {
            noticePrinted = true;
            System.out.println("\n*** " + notice + " ***\n");
        }
        return ConditionEvaluationResult.disabled(notice);
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getenv("TREMPLIN_BROWSER_TESTS"));
    }

    static Optional<String> missing() {
        if (!Files.isExecutable(CHROMIUM)) {
            return Optional.of(CHROMIUM + " not found");
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of(CHROMEDRIVER + " not found");
        }
        return Optional.empty();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
