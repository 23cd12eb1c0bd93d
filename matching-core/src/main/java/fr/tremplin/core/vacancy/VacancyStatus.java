package fr.tremplin.core.vacancy;

public enum VacancyStatus { OPEN, FILLED, CLOSED }
