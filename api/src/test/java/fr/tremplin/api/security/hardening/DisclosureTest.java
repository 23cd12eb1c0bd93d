package fr.tremplin.api.security.hardening;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.tremplin.api.error.ProblemErrorResponseProcessor;
import fr.tremplin.api.support.ApiTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 5xx bodies say only « Erreur interne » with a reference found in the log; no class names in problems. */
@MicronautTest(transactional = false)
@Property(name = "tremplin.test.failing-controller", value = "true")
class DisclosureTest extends ApiTest {

    @Controller("/test-failure")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "tremplin.test.failing-controller", value = "true")
    static class FailingController {
        @Get
        String fail() {
            throw new IllegalStateException("com.example.Secret: connection to jdbc:mariadb://db/tremplin refused");
        }
    }

    @Test
    void anInternalErrorSaysErreurInterneWithAReferenceThatIsInTheLog() {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);
        logger.addAppender(log);
        try {
            HttpResponse<Map> response = api.exchange(HttpRequest.GET("/test-failure"), Map.class);
            assertThat(response.code()).isEqualTo(500);
            Map<String, Object> problem = body(response);
            assertThat(problem).containsEntry("title", "Erreur interne");
            String detail = (String) problem.get("detail");
            assertThat(detail).startsWith("Erreur interne (référence ").doesNotContain("Secret").doesNotContain("jdbc");
            String reference = response.header("X-Correlation-Id");
            assertThat(detail).contains(reference);
            assertThat(log.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(reference);
                assertThat(e.getThrowableProxy()).isNotNull();
            });
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void malformedOrUnknownJsonNamesNoJavaClassAndSpeaksFrench() {
        HttpResponse<Map> broken = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", "{\"firstName\": ")
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(broken.code()).isEqualTo(400);
        assertThat(String.valueOf(broken.body())).doesNotContain("fr.tremplin").doesNotContain("io.micronaut")
                .doesNotContain("Exception").doesNotContain("com.fasterxml").contains("n'est pas un JSON valide : JSON incomplet");
        HttpResponse<Map> unknown = api.as("conseiller", HttpRequest.POST("/api/v1/job-seekers", "{\"pirate\": 1}")
                .contentType(MediaType.APPLICATION_JSON));
        assertThat(unknown.code()).isEqualTo(400);
        assertThat(String.valueOf(unknown.body())).doesNotContain("fr.tremplin").doesNotContain("JobSeekerRequest");
        System.out.println("DISCLOSURE malformed: " + broken.body() + "\nDISCLOSURE unknown property: " + unknown.body());
    }
}
