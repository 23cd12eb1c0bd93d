package fr.tremplin.core.referential;

import java.util.List;

/** A commune of Loire-Atlantique with its centre coordinates (WGS84) and population. */
public record Commune(String insee, String name, List<String> postalCodes, double lat, double lon, int population) {
    public Commune {
        postalCodes = List.copyOf(postalCodes);
    }
}
