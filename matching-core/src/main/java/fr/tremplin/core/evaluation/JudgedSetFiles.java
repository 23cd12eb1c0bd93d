package fr.tremplin.core.evaluation;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.index.Experience;
import fr.tremplin.core.index.SeekerIndexView;
import fr.tremplin.core.index.VacancyIndexView;
import fr.tremplin.core.referential.CsvReader;
import fr.tremplin.core.referential.CsvRow;
import fr.tremplin.core.referential.CsvTable;
import fr.tremplin.core.seeker.Programme;
import fr.tremplin.core.seeker.Public;
import fr.tremplin.core.seeker.SeekerStatus;
import fr.tremplin.core.seeker.WorkingTime;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The judged set's file format: four UTF-8 CSV files (RFC 4180, header row) in one directory.
 * <ul>
 *   <li>{@value #META}: {@code key,value} rows: {@code name}, {@code reference_date} (YYYY-MM-DD, "today" of
 *       the evaluation), {@code description};</li>
 *   <li>{@value #PEOPLE}: one person per row, the columns of {@link SeekerIndexView} ({@link #PEOPLE_COLUMNS});
 *       several values in one cell are separated by spaces; experiences are {@code CODE:months};
 *       {@code pool} says which designed pool the person comes from (documentation only);</li>
 *   <li>{@value #QUERIES}: one vacancy per row ({@link #QUERY_COLUMNS}); {@code insertion_hours} 0 means no
 *       insertion clause, {@code max_distance_km} 0 no limit of the employer's own;</li>
 *   <li>{@value #JUDGMENTS}: {@code query_id,seeker_id,grade,rule}: grade 0 to 3, and the adviser rule that
 *       gave it (documentation only). A (query, person) pair without a row is grade 0.</li>
 * </ul>
 * The shipped set lives on the classpath under {@value #CLASSPATH_DIRECTORY}; {@link #read(Path)} reads any
 * directory in the same format.
 */
public final class JudgedSetFiles {

    public static final String CLASSPATH_DIRECTORY = "evaluation/";
    public static final String META = "judged-set.csv";
    public static final String PEOPLE = "people.csv";
    public static final String QUERIES = "queries.csv";
    public static final String JUDGMENTS = "judgments.csv";

    static final List<String> PEOPLE_COLUMNS = List.of("id", "pool", "status", "consent", "commune", "radius_km",
            "licences", "has_vehicle", "targets", "job_titles", "experiences", "skills", "summary", "diploma_level",
            "available_from", "working_time", "publics", "programmes", "unit", "birth_year", "waiting_since");
    static final List<String> QUERY_COLUMNS = List.of("id", "sector", "employer_kind", "occupation", "title",
            "description", "commune", "contract_type", "weekly_hours", "start_date", "positions", "required_skills",
            "nice_skills", "required_licences", "min_diploma_level", "insertion_hours", "max_distance_km");

    private JudgedSetFiles() {
    }

    /** The judged set shipped in the jar. */
    public static JudgedSet load() {
        return read(name -> {
            String resource = CLASSPATH_DIRECTORY + name;
            try (InputStream in = JudgedSetFiles.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Judged set file " + resource + " is not on the classpath");
                }
                return CsvReader.read(resource, in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + resource, e);
            }
        });
    }

    /** A judged set from a directory holding the four files. */
    public static JudgedSet read(Path directory) {
        return read(name -> {
            Path file = directory.resolve(name);
            try (InputStream in = Files.newInputStream(file)) {
                return CsvReader.read(file.toString(), in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read judged set file " + file
                        + " (a judged set directory holds " + List.of(META, PEOPLE, QUERIES, JUDGMENTS) + ")", e);
            }
        });
    }

    private static JudgedSet read(Function<String, CsvTable> files) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (CsvRow row : files.apply(META).requireColumns("key", "value").rows()) {
            meta.put(row.require("key"), row.get("value"));
        }
        String name = require(meta, "name");
        LocalDate referenceDate = LocalDate.parse(require(meta, "reference_date"));
        List<SeekerIndexView> people = new ArrayList<>();
        for (CsvRow row : files.apply(PEOPLE).requireColumns(PEOPLE_COLUMNS.toArray(String[]::new)).rows()) {
            people.add(person(row));
        }
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        for (CsvRow row : files.apply(JUDGMENTS).requireColumns("query_id", "seeker_id", "grade").rows()) {
            int grade = row.getInt("grade");
            if (grade < 0 || grade > Metrics.MAX_GRADE) {
                throw row.error("grade " + grade + " is outside 0.." + Metrics.MAX_GRADE);
            }
            if (grades.computeIfAbsent(row.require("query_id"), q -> new LinkedHashMap<>())
                    .put(row.require("seeker_id"), grade) != null) {
                throw row.error("person " + row.get("seeker_id") + " is judged twice for " + row.get("query_id"));
            }
        }
        List<JudgedQuery> queries = new ArrayList<>();
        for (CsvRow row : files.apply(QUERIES).requireColumns(QUERY_COLUMNS.toArray(String[]::new)).rows()) {
            VacancyIndexView vacancy = vacancy(row);
            queries.add(new JudgedQuery(vacancy, row.require("sector"), grades.getOrDefault(vacancy.id(), Map.of())));
        }
        return new JudgedSet(name, referenceDate, people, queries);
    }

    private static String require(Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Judged set file " + META + " has no '" + key + "' row");
        }
        return value;
    }

    private static SeekerIndexView person(CsvRow row) {
        try {
            List<Experience> experiences = new ArrayList<>();
            for (String item : list(row.get("experiences"))) {
                String[] parts = item.split(":");
                experiences.add(new Experience(parts[0], Integer.parseInt(parts[1])));
            }
            String waiting = row.get("waiting_since");
            return new SeekerIndexView(row.require("id"), 1, SeekerStatus.valueOf(row.require("status")),
                    Boolean.parseBoolean(row.require("consent")), row.require("commune"), null,
                    row.getInt("radius_km"), Set.copyOf(list(row.get("licences"))),
                    Boolean.parseBoolean(row.require("has_vehicle")), list(row.get("targets")),
                    list(row.get("job_titles")), experiences, Set.copyOf(list(row.get("skills"))),
                    row.get("summary"), row.getInt("diploma_level"), LocalDate.parse(row.require("available_from")),
                    WorkingTime.valueOf(row.require("working_time")), enums(row.get("publics"), Public.class),
                    enums(row.get("programmes"), Programme.class), row.require("unit"), row.getInt("birth_year"),
                    waiting.isBlank() ? null : LocalDate.parse(waiting), List.of());
        } catch (RuntimeException e) {
            throw row.error("not a valid person: " + e.getMessage());
        }
    }

    private static VacancyIndexView vacancy(CsvRow row) {
        try {
            int hours = row.getInt("insertion_hours");
            return new VacancyIndexView(row.require("id"), 1, "EVAL-EMPLOYER",
                    EmployerKind.valueOf(row.require("employer_kind")), row.require("occupation"), row.require("title"),
                    row.get("description"), row.require("commune"), null,
                    ContractType.valueOf(row.require("contract_type")), row.getInt("weekly_hours"),
                    LocalDate.parse(row.require("start_date")), row.getInt("positions"),
                    Set.copyOf(list(row.get("required_skills"))), Set.copyOf(list(row.get("nice_skills"))),
                    Set.copyOf(list(row.get("required_licences"))), row.getInt("min_diploma_level"), hours > 0, hours,
                    VacancyStatus.OPEN, row.getInt("max_distance_km"));
        } catch (RuntimeException e) {
            throw row.error("not a valid vacancy: " + e.getMessage());
        }
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.trim().split("\\s+")).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(String cell, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        list(cell).forEach(name -> values.add(Enum.valueOf(type, name)));
        return values;
    }

    /**
     * Writes {@code set} to {@code directory} (created if needed), people and queries in the set's order.
     *
     * @param poolOf  the designed pool of a person, for the {@code pool} column
     * @param ruleOf  (query id, person id) → the adviser rule behind the grade, for the {@code rule} column;
     *                only the pairs present in the set's grades are written
     */
    public static void write(Path directory, JudgedSet set, String description, Function<String, String> poolOf,
                             BiFunction<String, String, String> ruleOf) throws IOException {
        Files.createDirectories(directory);
        List<List<String>> meta = List.of(List.of("key", "value"), List.of("name", set.name()),
                List.of("reference_date", set.referenceDate().toString()), List.of("description", description));
        writeCsv(directory.resolve(META), meta);

        List<List<String>> people = new ArrayList<>();
        people.add(PEOPLE_COLUMNS);
        for (SeekerIndexView p : set.people()) {
            people.add(List.of(p.id(), poolOf.apply(p.id()), p.status().name(), Boolean.toString(p.consent()),
                    p.communeInsee(), Integer.toString(p.radiusKm()), join(p.licences()),
                    Boolean.toString(p.hasVehicle()), String.join(" ", p.targetOccupations()),
                    String.join(" ", p.jobTitles()),
                    p.experiences().stream().map(e -> e.occupationCode() + ":" + e.months())
                            .collect(Collectors.joining(" ")),
                    join(p.skills()), p.summary(), Integer.toString(p.diplomaLevel()), p.availableFrom().toString(),
                    p.workingTime().name(), enumNames(p.publics()), enumNames(p.programmes()), p.employmentUnit(),
                    Integer.toString(p.birthYear()), p.waitingSince() == null ? "" : p.waitingSince().toString()));
        }
        writeCsv(directory.resolve(PEOPLE), people);

        List<List<String>> queries = new ArrayList<>();
        queries.add(QUERY_COLUMNS);
        List<List<String>> judgments = new ArrayList<>();
        judgments.add(List.of("query_id", "seeker_id", "grade", "rule"));
        for (JudgedQuery q : set.queries()) {
            VacancyIndexView v = q.vacancy();
            queries.add(List.of(v.id(), q.sector(), v.employerKind().name(), v.occupationCode(), v.title(),
                    v.description(), v.communeInsee(), v.contractType().name(), Integer.toString(v.weeklyHours()),
                    v.startDate().toString(), Integer.toString(v.positions()), join(v.requiredSkills()),
                    join(v.niceSkills()), join(v.requiredLicences()), Integer.toString(v.minDiplomaLevel()),
                    Integer.toString(v.insertionHours()), Integer.toString(v.maxDistanceKm())));
            for (SeekerIndexView p : set.people()) {
                if (q.grades().containsKey(p.id())) {
                    judgments.add(List.of(v.id(), p.id(), Integer.toString(q.grade(p.id())), ruleOf.apply(v.id(), p.id())));
                }
            }
        }
        writeCsv(directory.resolve(QUERIES), queries);
        writeCsv(directory.resolve(JUDGMENTS), judgments);
    }

    private static String join(Set<String> values) {
        return String.join(" ", new TreeSet<>(values));
    }

    private static String enumNames(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    private static void writeCsv(Path file, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            out.append(row.stream().map(JudgedSetFiles::quote).collect(Collectors.joining(","))).append('\n');
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
