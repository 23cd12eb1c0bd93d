package fr.tremplin.core.referential;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** The communes of Loire-Atlantique, their postal codes and centre coordinates. */
final class CommuneCatalogue {

    static final String COMMUNES = "referential/communes/communes_44.csv";
    static final String POSTAL_CODES = "referential/communes/communes_44_postal_codes.csv";

    private static final Pattern FIVE_DIGITS = Pattern.compile("\\d{5}|2[AB]\\d{3}");

    private final Map<String, Commune> communes;
    private final Map<String, List<Commune>> byPostalCode;

    private CommuneCatalogue(Map<String, Commune> communes) {
        this.communes = communes;
        Map<String, List<Commune>> byPostal = new TreeMap<>();
        for (Commune commune : communes.values()) {
            for (String postalCode : commune.postalCodes()) {
                byPostal.computeIfAbsent(postalCode, code -> new ArrayList<>()).add(commune);
            }
        }
        this.byPostalCode = Indexes.frozenLists(byPostal);
    }

    static CommuneCatalogue load() {
        Map<String, TreeSet<String>> postalCodes = postalCodes();
        Map<String, Commune> communes = new LinkedHashMap<>();
        CsvTable table = CsvReader.readResource(COMMUNES)
                .requireColumns("insee", "name", "postal_code", "lat", "lon", "population");
        for (CsvRow row : table.rows()) {
            String insee = code(row, "insee");
            TreeSet<String> codes = postalCodes.get(insee);
            if (codes == null || !codes.contains(row.get("postal_code"))) {
                throw row.error("postal code " + row.get("postal_code") + " of commune " + insee
                        + " is missing from " + POSTAL_CODES);
            }
            Commune commune = new Commune(insee, row.require("name"), List.copyOf(codes),
                    coordinate(row, "lat", 90), coordinate(row, "lon", 180), row.getInt("population"));
            Indexes.putUnique(communes, insee, commune, row);
        }
        for (String insee : postalCodes.keySet()) {
            if (!communes.containsKey(insee)) {
                throw new CsvException(POSTAL_CODES, 0, "commune " + insee + " is not in " + COMMUNES);
            }
        }
        return new CommuneCatalogue(Indexes.frozen(communes));
    }

    /** This catalogue and {@code extra} communes, whose INSEE codes must be new. */
    CommuneCatalogue plus(Collection<Commune> extra) {
        Map<String, Commune> all = new LinkedHashMap<>(communes);
        for (Commune commune : extra) {
            if (all.putIfAbsent(commune.insee(), commune) != null) {
                throw new IllegalArgumentException("Commune " + commune.insee() + " is already in the referential");
            }
        }
        return new CommuneCatalogue(Indexes.frozen(all));
    }

    private static Map<String, TreeSet<String>> postalCodes() {
        Map<String, TreeSet<String>> postalCodes = new LinkedHashMap<>();
        for (CsvRow row : CsvReader.readResource(POSTAL_CODES).requireColumns("insee", "postal_code").rows()) {
            postalCodes.computeIfAbsent(code(row, "insee"), insee -> new TreeSet<>()).add(code(row, "postal_code"));
        }
        return postalCodes;
    }

    private static String code(CsvRow row, String column) {
        String code = row.require(column);
        if (!FIVE_DIGITS.matcher(code).matches()) {
            throw row.error("column " + column + " is not a 5-character code: '" + code + "'");
        }
        return code;
    }

    private static double coordinate(CsvRow row, String column, double limit) {
        double value = row.getDouble(column);
        if (!(Math.abs(value) <= limit)) {
            throw row.error("column " + column + " is out of range: " + value);
        }
        return value;
    }

    Collection<Commune> communes() {
        return communes.values();
    }

    Optional<Commune> commune(String insee) {
        return Optional.ofNullable(communes.get(insee));
    }

    boolean isCommune(String insee) {
        return communes.containsKey(insee);
    }

    List<Commune> byPostalCode(String postalCode) {
        return postalCode == null ? List.of() : byPostalCode.getOrDefault(postalCode, List.of());
    }

    double distanceKm(String inseeA, String inseeB) {
        Commune a = require(inseeA);
        Commune b = require(inseeB);
        return GeoDistance.km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    private Commune require(String insee) {
        Commune commune = communes.get(insee);
        if (commune == null) {
            throw new IllegalArgumentException("Unknown commune INSEE code '" + insee + "': the referential has the "
                    + communes.size() + " communes of Loire-Atlantique (département 44) only");
        }
        return commune;
    }
}
