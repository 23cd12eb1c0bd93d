package fr.tremplin.data.seeker;

/** Years of experience in one ROME occupation. */
public record Experience(String occupation, double years) {}
