package fr.tremplin.api.transfer;

import fr.tremplin.api.support.ApiTest;
import fr.tremplin.api.vacancy.VacancyChecks;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static fr.tremplin.api.transfer.ImportFiles.badSiret;
import static fr.tremplin.api.transfer.ImportFiles.counts;
import static fr.tremplin.api.transfer.ImportFiles.errors;
import static fr.tremplin.api.transfer.ImportFiles.keepAndEdit;
import static fr.tremplin.api.transfer.ImportFiles.siret;
import static fr.tremplin.api.transfer.ImportFiles.upload;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import and export of employers (upsert by SIRET) and vacancies (upsert by reference, employer by SIRET) through the
 * API, on the real database: round trip export → edit → dry run, idempotence, every error kind of these files, the
 * outbox. The vacancies written here are CLOSED: out of the rankings other tests of the same database look at.
 */
@MicronautTest(transactional = false)
class CompanyImportTest extends ApiTest {
    static final String EMPLOYERS = "SIRET;Raison sociale;Type;Secteur;Commune (INSEE);Code NAF\r\n";
    static final String VACANCIES = "Référence;SIRET employeur;Métier (ROME);Intitulé;Description;Commune (INSEE);"
            + "Contrat;Heures par semaine;Date de début;Postes;Compétences exigées;Compétences souhaitées;"
            + "Permis exigés;Niveau de diplôme minimum;Marché (clause d'insertion);Heures d'insertion;Statut\r\n";

    @Inject
    DataSource dataSource;

    static String employer(String siret, String name) {
        return siret + ";" + name + ";entreprise;BTP;44109;4399C\r\n";
    }

    static String vacancy(String ref, String siret, String occupation, String commune) {
        return ref + ";" + siret + ";" + occupation + ";Maçon (H/F);\"Chantier de rénovation ; équipe de 4\";" + commune
                + ";CDD;35;01/03/2027;2;103767|103771;;B;3;;;fermée\r\n";
    }

    private Map<String, Object> employerBySiret(String siret) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body(api.as("admin",
                HttpRequest.GET("/api/v1/employers?q=" + siret))).get("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private long outboxEvents(String aggregateId) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?")) {
            s.setString(1, aggregateId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String vacancyIdByRef(String ref) throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement s = c.prepareStatement("SELECT id FROM vacancy WHERE external_ref = ?")) {
            s.setString(1, ref);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void employersExportEditedAndReimportedShowExactlyTheEditedLinesAsUpdatedAndReachTheOutbox() throws SQLException {
        List<String> sirets = List.of(siret(), siret(), siret());
        String file = EMPLOYERS + employer(sirets.get(0), "Bâtir Ensemble") + employer(sirets.get(1), "Maçonnerie Loire")
                + employer(sirets.get(2), "Atelier Erdre");
        HttpResponse<Map> created = upload(api, "admin", "employers", file, false);
        assertThat(created.code()).as("%s", created.body()).isEqualTo(200);
        assertThat(counts(created)).containsExactly(3, 3, 0, 0, 0);
        String id = (String) employerBySiret(sirets.get(1)).get("id");
        long eventsBefore = outboxEvents(id);
        assertThat(eventsBefore).as("a created employer reaches the index through the outbox").isPositive();

        String exported = ImportFiles.export(httpClient, api.token("admin"), "employers");
        assertThat(exported).startsWith("SIRET;Raison sociale;Type;Secteur;Commune (INSEE);Code NAF\r\n");
        String edited = keepAndEdit(exported, sirets, cells -> {
            if (cells.get(0).equals(sirets.get(1))) {
                cells.set(1, "Maçonnerie de la Loire");
            } else if (cells.get(0).equals(sirets.get(2))) {
                cells.set(3, "CLEANING");
            }
            return cells;
        });
        HttpResponse<Map> dry = upload(api, "admin", "employers", edited, true);
        assertThat(counts(dry)).as("%s", dry.body()).containsExactly(3, 0, 2, 1, 0);
        assertThat(employerBySiret(sirets.get(1))).as("a dry run writes nothing").containsEntry("name", "Maçonnerie Loire");

        HttpResponse<Map> apply = upload(api, "admin", "employers", edited, false);
        assertThat(counts(apply)).containsExactly(3, 0, 2, 1, 0);
        assertThat(employerBySiret(sirets.get(1))).containsEntry("name", "Maçonnerie de la Loire")
                .containsEntry("kind", "COMPANY").containsEntry("nafCode", "4399C");
        assertThat(employerBySiret(sirets.get(2))).containsEntry("sector", "CLEANING");
        assertThat(outboxEvents(id)).as("an update is an outbox event too").isEqualTo(eventsBefore + 1);

        HttpResponse<Map> again = upload(api, "admin", "employers", edited, false);
        assertThat(counts(again)).as("the same file twice changes nothing").containsExactly(3, 0, 0, 3, 0);
        assertThat(outboxEvents(id)).isEqualTo(eventsBefore + 1);
    }

    @Test
    void vacanciesExportEditedAndReimportedShowExactlyTheEditedLinesAsUpdated() throws SQLException {
        String siret = siret();
        assertThat(upload(api, "admin", "employers", EMPLOYERS + employer(siret, "Béton Atlantique"), false).code())
                .isEqualTo(200);
        String stamp = Long.toString(System.nanoTime(), 36).toUpperCase();
        List<String> refs = List.of("OF-" + stamp + "-1", "OF-" + stamp + "-2", "OF-" + stamp + "-3");
        String file = VACANCIES + refs.stream().map(r -> vacancy(r, siret, "F1703", "44109")).reduce("", String::concat);
        HttpResponse<Map> created = upload(api, "admin", "vacancies", file, false);
        assertThat(created.code()).as("%s", created.body()).isEqualTo(200);
        assertThat(counts(created)).containsExactly(3, 3, 0, 0, 0);
        String id = vacancyIdByRef(refs.get(0));
        Map<String, Object> stored = body(api.as("admin", HttpRequest.GET("/api/v1/vacancies/" + id)));
        assertThat(stored).containsEntry("status", "CLOSED").containsEntry("startDate", "2027-03-01")
                .containsEntry("description", "Chantier de rénovation ; équipe de 4")
                .containsEntry("requiredSkills", List.of("103767", "103771")).containsEntry("minDiplomaLevel", 3);
        assertThat(outboxEvents(id)).isPositive();

        String exported = ImportFiles.export(httpClient, api.token("admin"), "vacancies");
        String edited = keepAndEdit(exported, refs, cells -> {
            if (cells.get(0).equals(refs.get(1))) {
                cells.set(3, "Maçon coffreur (H/F)");
            } else if (cells.get(0).equals(refs.get(2))) {
                cells.set(9, "5");
            }
            return cells;
        });
        HttpResponse<Map> dry = upload(api, "admin", "vacancies", edited, true);
        assertThat(counts(dry)).as("%s", dry.body()).containsExactly(3, 0, 2, 1, 0);

        assertThat(counts(upload(api, "admin", "vacancies", edited, false))).containsExactly(3, 0, 2, 1, 0);
        assertThat(body(api.as("admin", HttpRequest.GET("/api/v1/vacancies/" + vacancyIdByRef(refs.get(1))))))
                .containsEntry("title", "Maçon coffreur (H/F)");
        assertThat(body(api.as("admin", HttpRequest.GET("/api/v1/vacancies/" + vacancyIdByRef(refs.get(2))))))
                .containsEntry("positions", 5);
        assertThat(counts(upload(api, "admin", "vacancies", edited, false))).as("idempotent")
                .containsExactly(3, 0, 0, 3, 0);
    }

    @Test
    void anEmployersFileWithABadSiretAnUnknownCommuneAndADuplicateLineImportsNothingAndNamesLinesAndColumns() {
        String good = siret();
        String wrongDigit = badSiret(siret());
        String file = EMPLOYERS + employer(good, "Bâtir Ensemble")
                + employer(wrongDigit, "Clé Fausse")
                + employer(siret(), "Hors Département").replace(";44109;", ";75056;")
                + employer(good, "Doublon")
                + "35600000000001;La Poste Nantes;entreprise;autre;44109;\r\n"; // La Poste: no Luhn check digit
        HttpResponse<Map> apply = upload(api, "admin", "employers", file, false);
        assertThat(apply.code()).isEqualTo(422);
        List<Map<String, Object>> errors = errors(apply);
        System.out.println("Import d'employeurs refusé : " + errors);
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 3).containsEntry("column", "SIRET")
                .containsEntry("value", wrongDigit).containsEntry("message", "numéro SIRET invalide (clé de contrôle fausse)"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 4)
                .containsEntry("column", "Commune (INSEE)").containsEntry("value", "75056"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 5).containsEntry("column", "SIRET")
                .containsEntry("message", "valeur déjà présente à la ligne 2 du fichier (ligne en double)"));
        assertThat(errors).noneSatisfy(e -> assertThat(e).containsEntry("line", 6));
        assertThat(counts(apply).get(4)).as("rejected lines").isEqualTo(3);
        assertThat(employerBySiret(good)).as("a file with an error writes nothing").isNull();
    }

    @Test
    void aVacanciesFileWithAnUnknownRomeCommuneOrEmployerImportsNothingAndNamesLinesAndColumns() throws SQLException {
        String siret = siret();
        assertThat(upload(api, "admin", "employers", EMPLOYERS + employer(siret, "Béton Atlantique"), false).code())
                .isEqualTo(200);
        String stamp = "OFE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String file = VACANCIES + vacancy(stamp + "-1", siret, "F1703", "44109")
                + vacancy(stamp + "-2", siret, "Z9999", "44109")
                + vacancy(stamp + "-3", siret, "F1703", "99999")
                + vacancy(stamp + "-4", siret(), "F1703", "44109")
                + vacancy(stamp + "-1", siret, "F1703", "44109")
                + vacancy(stamp + "-5", siret, "F1703", "44109").replace(";103767|103771;", ";;");
        HttpResponse<Map> dry = upload(api, "admin", "vacancies", file, true);
        assertThat(dry.code()).isEqualTo(200);
        assertThat(counts(dry)).containsExactly(6, 1, 0, 0, 5);
        HttpResponse<Map> apply = upload(api, "admin", "vacancies", file, false);
        assertThat(apply.code()).isEqualTo(422);
        List<Map<String, Object>> errors = errors(apply);
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 3).containsEntry("column", "Métier (ROME)")
                .containsEntry("value", "Z9999").containsEntry("message", "code ROME inconnu : Z9999"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 4).containsEntry("column", "Commune (INSEE)")
                .containsEntry("value", "99999"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 5).containsEntry("column", "SIRET employeur"));
        assertThat(errors).anySatisfy(e -> assertThat(e).containsEntry("line", 6).containsEntry("column", "Référence"));
        assertThat(errors).as("a vacancy needs a required skill").anySatisfy(e -> assertThat(e).containsEntry("line", 7)
                .containsEntry("column", "Compétences exigées").containsEntry("message", VacancyChecks.REQUIRED_SKILL_MISSING));
        assertThat(vacancyIdByRef(stamp + "-1")).as("nothing written").isNull();
    }

    @Test
    void aWindows1252EmployersFileKeepsItsAccentsAndTheExampleFilesAreValid() throws Exception {
        String siret = siret();
        byte[] cp1252 = (EMPLOYERS + siret + ";Société Générale d'Électricité Bâtiment;groupement;propreté;44109;\r\n")
                .getBytes(Charset.forName("windows-1252"));
        HttpResponse<Map> apply = upload(api, "admin", "employers", cp1252, false, "text/csv");
        assertThat(apply.code()).as("%s", apply.body()).isEqualTo(200);
        assertThat(employerBySiret(siret)).containsEntry("name", "Société Générale d'Électricité Bâtiment")
                .containsEntry("kind", "EMPLOYER_GROUP").containsEntry("sector", "CLEANING");

        for (String[] example : new String[][] {{"employers", "entreprises.csv"}, {"vacancies", "offres.csv"}}) {
            byte[] bytes = Files.readAllBytes(Path.of("..", "docs", "examples", example[1]));
            HttpResponse<Map> dry = upload(api, "admin", example[0], bytes, true, "text/csv");
            if (example[0].equals("vacancies")) {
                // the example's vacancies name the example's employers: check them after those
                upload(api, "admin", "employers", Files.readAllBytes(Path.of("..", "docs", "examples",
                        "entreprises.csv")), false, "text/csv");
                dry = upload(api, "admin", example[0], bytes, true, "text/csv");
            }
            assertThat(errors(dry)).as("docs/examples/%s", example[1]).isEmpty();
        }
    }
}
