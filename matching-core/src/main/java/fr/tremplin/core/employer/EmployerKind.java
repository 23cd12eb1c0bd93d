package fr.tremplin.core.employer;

public enum EmployerKind { COMPANY, EMPLOYER_GROUP, SIAE, PUBLIC_BUYER }
