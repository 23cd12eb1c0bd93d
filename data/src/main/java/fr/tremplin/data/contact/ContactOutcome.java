package fr.tremplin.data.contact;

/** What came of a call or visit to a company, with the label the pages show. */
public enum ContactOutcome {
    NO_ANSWER("Pas de réponse"),
    CALL_BACK("À rappeler"),
    NO_NEED("Pas de besoin pour l'instant"),
    INTERESTED("Intéressée : profils à envoyer"),
    VACANCY_EXPECTED("Offre à venir"),
    DECLINED("Ne souhaite pas être démarchée");

    private final String label;

    ContactOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
