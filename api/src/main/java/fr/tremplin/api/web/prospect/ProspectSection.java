package fr.tremplin.api.web.prospect;

import fr.tremplin.api.web.form.Option;

import java.util.List;

/** The « Entreprises à démarcher » section of a person page: the companies and the contact form's choices. */
public record ProspectSection(List<ProspectRow> rows, int radiusKm, String today, List<Option> outcomes) {}
