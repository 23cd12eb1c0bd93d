package fr.tremplin.core.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * The suite's promise that a hang fails instead of eating CI's time: every test runs under a default JUnit
 * timeout (set in the root pom's Surefire configuration), and a test suspended forever fails within it, with a
 * thread dump.
 */
@ExtendWith(TestTimeoutsTest.Context.class)
class TestTimeoutsTest {

    static final String DEFAULT_TIMEOUT = "junit.jupiter.execution.timeout.default";

    @Test
    void everyTestOfTheBuildRunsUnderADefaultTimeout(ExtensionContext context) {
        String configured = context.getConfigurationParameter(DEFAULT_TIMEOUT)
                .orElseThrow(() -> new AssertionError(DEFAULT_TIMEOUT + " is not set: run the tests through Maven"));
        assertThat(parse(configured)).as("default timeout %s", configured)
                .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
        assertThat(context.getConfigurationParameter("junit.jupiter.execution.timeout.threaddump.enabled"))
                .contains("true");
    }

    @Test
    void aTestSuspendedForeverFailsWithinItsTimeout() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(DEFAULT_TIMEOUT, "1 s")
                .configurationParameter("junit.jupiter.execution.timeout.mode", "enabled")
                .selectors(selectClass(SuspendedForever.class))
                .execute();

        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
        Throwable failure = results.testEvents().failed().stream().findFirst().orElseThrow()
                .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(failure).isInstanceOf(TimeoutException.class).hasMessageContaining("timed out after 1 second");
    }

    /** "3 m", "90 s", "500 ms": the JUnit duration syntax. */
    private static Duration parse(String value) {
        String[] parts = value.trim().split("\\s*(?=[a-zA-Z])", 2);
        long amount = Long.parseLong(parts[0].trim());
        return switch (parts.length == 1 ? "s" : parts[1].trim().toLowerCase()) {
            case "ns" -> Duration.ofNanos(amount);
            case "μs" -> Duration.ofNanos(amount * 1000);
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalArgumentException("not a JUnit duration: " + value);
        };
    }

    /** Hands the test its own extension context, to read the configuration the build gives JUnit. */
    static class Context implements ParameterResolver {
        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
            return parameter.getParameter().getType() == ExtensionContext.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
            return extension;
        }
    }

    /** Run only by the test kit above (Surefire skips nested classes): waits for a signal that never comes. */
    static class SuspendedForever {
        @Test
        void waitsForever() throws InterruptedException {
            new CountDownLatch(1).await();
        }
    }
}
