package fr.tremplin.api.matching;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.data.outbox.AggregateType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static fr.tremplin.core.index.VacancyViewFixture.aVacancy;
import static org.assertj.core.api.Assertions.assertThat;

/** When a vacancy's view read earlier may be used again without reading its rows, and when not. */
class RememberedVacanciesTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final RememberedVacancies views = new RememberedVacancies(now::get);
    private final VacancyIndexView v1 = aVacancy("v1").by("E1", EmployerKind.COMPANY).build();
    private final VacancyIndexView v2 = aVacancy("v2").by("E2", EmployerKind.EMPLOYER_GROUP).build();

    @Test
    void aViewStaysCurrentUntilAChangeOfItsVacancyIsTold() {
        views.remember(v1, views.ticket());
        views.remember(v2, views.ticket());
        assertThat(views.current("v1")).isSameAs(v1);

        views.changed(AggregateType.VACANCY, List.of("v1"));
        assertThat(views.current("v1")).as("changed").isNull();
        assertThat(views.remembered("v1")).as("still there for the database's absence").isSameAs(v1);
        assertThat(views.current("v2")).as("another vacancy").isSameAs(v2);
        assertThat(views.current("v3")).as("never read").isNull();
    }

    @Test
    void aChangeOfTheEmployerEndsTheViewsOfItsVacanciesOnly() {
        views.remember(v1, views.ticket());
        views.remember(v2, views.ticket());
        views.changed(AggregateType.EMPLOYER, List.of("E2"));
        assertThat(views.current("v2")).isNull();
        assertThat(views.current("v1")).isSameAs(v1);
        views.changed(AggregateType.JOB_SEEKER, List.of("v1", "E1"));
        assertThat(views.current("v1")).as("a person's change is not the vacancy's").isSameAs(v1);
    }

    @Test
    void aViewReadWhileAChangeWasToldIsNotCurrent() {
        long ticket = views.ticket();
        views.changed(AggregateType.VACANCY, List.of("v1")); // e.g. recorded while the rows were being read
        views.remember(v1, ticket);
        assertThat(views.current("v1")).isNull();
        assertThat(views.remembered("v1")).isSameAs(v1);

        views.remember(v1, views.ticket());
        assertThat(views.current("v1")).as("read again afterwards").isSameAs(v1);
    }

    @Test
    void aViewReadBeforeAChangeDoesNotReplaceTheCurrentOneReadAfterIt() {
        long early = views.ticket();
        views.changed(AggregateType.VACANCY, List.of("v1"));
        VacancyIndexView newer = aVacancy("v1").titled("Maçon qualifié").build();
        views.remember(newer, views.ticket());
        views.remember(v1, early); // a slower reader of the row before the change
        assertThat(views.current("v1")).isSameAs(newer);
        assertThat(views.remembered("v1")).isSameAs(newer);
    }

    @Test
    void aViewIsTrustedForAMinuteAtMost() {
        views.remember(v1, views.ticket());
        now.addAndGet(RememberedVacancies.TRUSTED_FOR.toNanos() - 1);
        assertThat(views.current("v1")).isSameAs(v1);
        now.addAndGet(1);
        assertThat(views.current("v1")).isNull();
        assertThat(views.remembered("v1")).isSameAs(v1);
    }

    @Test
    void theLeastRecentlyUsedViewsAreForgottenBeyondTheCapacity() {
        for (int i = 0; i <= RememberedVacancies.CAPACITY; i++) {
            views.remember(aVacancy("v" + i).build(), views.ticket());
            if (i == 10) {
                assertThat(views.current("v0")).isNotNull(); // used: no longer the eldest
            }
        }
        assertThat(views.remembered("v1")).as("the eldest").isNull();
        assertThat(views.remembered("v0")).isNotNull();
        assertThat(views.remembered("v" + RememberedVacancies.CAPACITY)).isNotNull();
    }
}
