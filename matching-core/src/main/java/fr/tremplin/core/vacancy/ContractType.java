package fr.tremplin.core.vacancy;

public enum ContractType { CDI, CDD, INTERIM, APPRENTICESHIP, PROFESSIONALISATION, PEC, IAE }
