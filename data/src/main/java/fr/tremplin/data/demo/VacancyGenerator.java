package fr.tremplin.data.demo;

import fr.tremplin.core.employer.EmployerKind;
import fr.tremplin.core.referential.Commune;
import fr.tremplin.core.vacancy.ContractType;
import fr.tremplin.core.vacancy.VacancyStatus;
import fr.tremplin.data.vacancy.Vacancy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One demo vacancy per number. The employer is drawn by weight (groups post many vacancies), the occupation
 * from the employer's trade (favouring occupations its NAF activity hires in), the contract from the
 * employer's kind; about 15 % carry an insertion clause of a nearby public contract.
 */
final class VacancyGenerator {

    /** The first vacancies go to the demo accounts' employers, so that they see something at once. */
    static final int DEMO_COMPANY_VACANCIES = 3;
    static final int DEMO_GROUP_VACANCIES = 6;

    private final Territory territory;
    private final DemoOccupations occupations;
    private final long seed;
    private final LocalDate today;
    private final Weighted<DemoEmployer> employers;
    private final DemoEmployer demoCompany;
    private final DemoEmployer demoGroup;
    private final List<PublicContract> contracts;
    private final Map<String, Weighted<String>> occupationsByEmployer = new HashMap<>();

    VacancyGenerator(Territory territory, DemoOccupations occupations, long seed, LocalDate today,
                     List<DemoEmployer> employers, List<PublicContract> contracts) {
        this.territory = territory;
        this.occupations = occupations;
        this.seed = seed;
        this.today = today;
        this.employers = Weighted.of(employers, DemoEmployer::vacancyWeight);
        this.demoCompany = employers.stream().filter(e -> e.id().equals(EmployerGenerator.demoCompanyId()))
                .findFirst().orElse(null);
        this.demoGroup = employers.stream().filter(e -> e.id().equals(EmployerGenerator.demoGroupId()))
                .findFirst().orElse(null);
        this.contracts = List.copyOf(contracts);
    }

    static String vacancyId(int index) {
        return UUID.nameUUIDFromBytes(("tremplin-demo/vacancy/" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    Vacancy generate(int index, VacancyStatus status) {
        SplittableRandom r = DemoRandom.of(seed, "vacancy", index);
        DemoEmployer employer = employer(index, r);
        DemoOccupations.DemoOccupation occupation = occupations.get(occupationsOf(employer).pick(r));
        EmployerKind kind = employer.employer().kind();
        Commune commune = employer.areaKm() == 0 || DemoRandom.chance(r, 0.6) ? employer.commune()
                : territory.near(employer.commune(), employer.areaKm(), r);
        ContractType contract = contract(kind, r);
        int hours = hours(contract, employer.trade(), r);
        LocalDate start = status == VacancyStatus.OPEN ? today.plusDays(DemoRandom.between(r, 0, 90))
                : today.minusDays(DemoRandom.between(r, 5, 120));
        int positions = switch (kind) {
            case EMPLOYER_GROUP -> DemoRandom.between(r, 2, 8);
            case SIAE -> DemoRandom.between(r, 1, 4);
            case PUBLIC_BUYER -> DemoRandom.between(r, 1, 3);
            case COMPANY -> r.nextDouble() < 0.75 ? 1 : r.nextDouble() < 0.68 ? 2 : 3;
        };
        List<String> ranked = occupation.rankedSkills();
        List<String> required = new ArrayList<>(
                DemoRandom.distinctFavouringFirst(r, ranked, DemoRandom.between(r, 2, 4), 4));
        List<String> certificate = requiredCaces(index, occupation, employer.trade());
        for (String code : certificate) {
            if (!required.contains(code)) {
                if (required.size() == 4) {
                    required.removeLast(); // still 2 to 4 must-haves
                }
                required.add(code);
            }
        }
        List<String> rest = ranked.stream().filter(s -> !required.contains(s)).toList();
        List<String> niceToHave = DemoRandom.distinctFavouringFirst(r, rest, DemoRandom.between(r, 1, 3), 6);
        List<String> licences = requiredLicences(occupation.code(), employer.trade(), r);
        Integer minDiploma = minDiplomaLevel(occupation.code(), r);
        PublicContract clause = DemoRandom.chance(r, clauseProbability(employer)) ? clause(employer, commune, r) : null;
        String title = occupation.titles().pick(r).masculine() + " (H/F)";
        List<String> missions = missions(ranked, required, niceToHave);
        String description = VacancyText.describe(new VacancyText.Facts(employer.name(), kind, title, positions,
                commune.name(), missions, contract, hours, start, licences, clause), r);
        return new Vacancy(vacancyId(index), employer.id(), occupation.code(), title, description, commune.insee(),
                contract, hours, start, positions, required, niceToHave, licences, minDiploma,
                clause == null ? null : clause.ref(), clause == null ? null : 7 * DemoRandom.between(r, 10, 100),
                status, null, null, 0L);
    }

    /** Up to three know-how labels (not knowledge items): the required ones first, then the core ones. */
    private List<String> missions(List<String> ranked, List<String> required, List<String> niceToHave) {
        List<String> codes = new ArrayList<>();
        for (List<String> source : List.of(required, niceToHave, ranked)) {
            for (String code : source) {
                if (codes.size() < 3 && occupations.isKnowHow(code) && !codes.contains(code)) {
                    codes.add(code);
                }
            }
        }
        return codes.stream().map(occupations::skillLabel).toList();
    }

    private DemoEmployer employer(int index, SplittableRandom r) {
        if (index < DEMO_COMPANY_VACANCIES && demoCompany != null) {
            return demoCompany;
        }
        if (index < DEMO_COMPANY_VACANCIES + DEMO_GROUP_VACANCIES && demoGroup != null) {
            return demoGroup;
        }
        return employers.pick(r);
    }

    /** The employer's trade occupations; those its NAF activity recruits in count three times. */
    private Weighted<String> occupationsOf(DemoEmployer employer) {
        return occupationsByEmployer.computeIfAbsent(employer.id(), id -> {
            Trade trade = employer.trade();
            String naf = employer.employer().nafCode();
            List<String> codes = List.copyOf(trade.occupationWeights().keySet());
            return Weighted.of(codes, code -> trade.occupationWeights().get(code)
                    * (occupations.get(code).nafCodes().contains(naf) ? 3 : 1));
        });
    }

    private static ContractType contract(EmployerKind kind, SplittableRandom r) {
        double x = r.nextDouble();
        return switch (kind) {
            case COMPANY -> x < 0.35 ? ContractType.CDI : x < 0.65 ? ContractType.CDD : x < 0.90 ? ContractType.INTERIM
                    : x < 0.97 ? ContractType.APPRENTICESHIP : ContractType.PROFESSIONALISATION;
            case EMPLOYER_GROUP -> x < 0.75 ? ContractType.PROFESSIONALISATION : ContractType.APPRENTICESHIP;
            case SIAE -> x < 0.8 ? ContractType.IAE : ContractType.PEC;
            case PUBLIC_BUYER -> x < 0.6 ? ContractType.PEC : ContractType.CDD;
        };
    }

    /** 20–39 h: mostly 35 h; insertion contracts from 20 h (26 h is common); cleaning often part time. */
    private static int hours(ContractType contract, Trade trade, SplittableRandom r) {
        if (trade == Trade.CLEANING && DemoRandom.chance(r, 0.5)) {
            return DemoRandom.between(r, 20, 30);
        }
        return switch (contract) {
            case IAE -> DemoRandom.chance(r, 0.4) ? 26 : DemoRandom.between(r, 20, 35);
            case PEC -> DemoRandom.chance(r, 0.4) ? 20 : DemoRandom.between(r, 20, 35);
            case CDD -> DemoRandom.chance(r, 0.5) ? 35 : DemoRandom.between(r, 20, 34);
            default -> {
                double x = r.nextDouble();
                yield x < 0.7 ? 35 : x < 0.8 ? 39 : DemoRandom.between(r, 24, 34);
            }
        };
    }

    /**
     * Warehouses, sites and workshops often require a CACES: a share of the vacancies whose occupation lists CACES
     * savoirs require one (logistics 40 %, building 25 %, industry and agriculture 15 %). Drawn from a stream of its
     * own, so that every other field of the vacancy stays as it was.
     */
    private List<String> requiredCaces(int index, DemoOccupations.DemoOccupation occupation, Trade trade) {
        if (occupation.caces().isEmpty()) {
            return List.of();
        }
        SplittableRandom r = DemoRandom.of(seed, "vacancy-caces", index);
        double share = switch (trade) {
            case LOGISTICS -> 0.4;
            case BUILDING -> 0.25;
            case INDUSTRY, AGRICULTURE -> 0.15;
            default -> 0;
        };
        return DemoRandom.chance(r, share) ? List.of(occupation.drawCaces(r)) : List.of();
    }

    private static List<String> requiredLicences(String occupation, Trade trade, SplittableRandom r) {
        return switch (occupation) {
            case "N4101" -> List.of(DemoRandom.chance(r, 0.6) ? "C" : "CE");
            case "N4105" -> List.of(DemoRandom.chance(r, 0.8) ? "B" : "C");
            case "N4103" -> List.of("D");
            case "K1302", "K1304" -> DemoRandom.chance(r, 0.5) ? List.of("B") : List.of();
            default -> DemoRandom.chance(r, switch (trade) {
                case BUILDING -> 0.3;
                case AGRICULTURE -> 0.2;
                default -> 0.08;
            }) ? List.of("B") : List.of();
        };
    }

    private static Integer minDiplomaLevel(String occupation, SplittableRandom r) {
        return switch (occupation) {
            case "J1501" -> DemoRandom.chance(r, 0.6) ? 4 : null; // diplôme d'État d'aide-soignant
            case "K1303" -> DemoRandom.chance(r, 0.4) ? 3 : null; // CAP accompagnant éducatif petite enfance
            default -> DemoRandom.chance(r, 0.08) ? 3 : null;
        };
    }

    /** Tuned so that about 15 % of all vacancies carry a clause. */
    private static double clauseProbability(DemoEmployer employer) {
        return switch (employer.employer().kind()) {
            case SIAE -> 0.5;
            case EMPLOYER_GROUP -> 0.35;
            case PUBLIC_BUYER -> 0.4;
            case COMPANY -> employer.trade() == Trade.BUILDING || employer.trade() == Trade.CLEANING ? 0.2 : 0.03;
        };
    }

    /** A public contract whose buyer covers the workplace (the buyer's own ones for a public buyer). */
    private PublicContract clause(DemoEmployer employer, Commune workplace, SplittableRandom r) {
        List<PublicContract> candidates = contracts.stream()
                .filter(c -> employer.employer().kind() == EmployerKind.PUBLIC_BUYER
                        ? c.buyer().id().equals(employer.id())
                        : territory.distanceKm(c.buyer().commune(), workplace) <= c.buyer().areaKm() + 10)
                .toList();
        if (candidates.isEmpty()) {
            candidates = contracts;
        }
        return candidates.isEmpty() ? null : DemoRandom.oneOf(r, candidates);
    }
}
