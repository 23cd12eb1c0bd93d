package fr.tremplin.data.unit;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One of the département's employment units (unités emploi). */
@MappedEntity("employment_unit")
public record EmploymentUnit(@Id String code, String name, String communeInsee) {}
