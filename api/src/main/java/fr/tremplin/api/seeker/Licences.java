package fr.tremplin.api.seeker;

/** French driving licence categories accepted in profiles and vacancies. */
public final class Licences {
    public static final String PATTERN = "AM|A1|A2|A|B1|B|BE|C1|C1E|C|CE|D1|D1E|D|DE";
    public static final String MESSAGE = "catégorie de permis inconnue (AM, A1, A2, A, B1, B, BE, C1, C1E, C, CE, D1, D1E, D, DE)";

    private Licences() {
    }
}
