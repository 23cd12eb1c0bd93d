package fr.tremplin.indexer.testing;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.employer.Sector;
import fr.tremplin.data.employer.Employer;

import java.util.concurrent.ThreadLocalRandom;

/** Test-data builder for employer rows, each with a new SIRET. */
public final class EmployerFixture {

    private EmployerKind kind = EmployerKind.COMPANY;
    private String name = "Bâtisseurs de l'Erdre";

    private EmployerFixture() {
    }

    public static EmployerFixture anEmployer() {
        return new EmployerFixture();
    }

    public EmployerFixture kind(EmployerKind value) { kind = value; return this; }
    public EmployerFixture named(String value) { name = value; return this; }

    public Employer build() {
        String siret = String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L));
        return new Employer(null, siret, name, kind, Sector.BUILDING, "44109", null, null, null, null);
    }
}
